import { BENCH_KEY } from '../support/bench-service.js';
import { percentile } from '../support/percentiles.js';

/** p50/p99 of `count` sequential GETs of `path` (ms), plus events/s when the answer says how many it verified. */
export async function sequentialLatency(url: string, paths: () => string, count: number): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url + paths(), { headers: { 'x-api-key': BENCH_KEY } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${paths()}`);
    latencies.push(performance.now() - started);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** Walks the whole chain with ranged verify calls of `max` records; events/s. */
export async function verifyRate(url: string, max: number, limit: number): Promise<{ eventsPerSecond: number; verified: number; intact: boolean }> {
  let from: number | null = 1;
  let verified = 0;
  let intact = true;
  const started = performance.now();
  while (from !== null && verified < limit) {
    const response = await fetch(`${url}/v1/ledger/verify?from_sequence=${from}&max_records=${max}`, { headers: { 'x-api-key': BENCH_KEY } });
    const body = (await response.json()) as { intact: boolean; verifiedCount: number; nextFromSequence: number | null };
    verified += body.verifiedCount;
    intact &&= body.intact;
    from = body.nextFromSequence;
  }
  return { eventsPerSecond: verified / ((performance.now() - started) / 1000), verified, intact };
}
