import { READ_HEADERS } from './bench-api.js';
import { percentile } from './percentile.js';

export interface LatencyResult {
  p50: number;
  p99: number;
}

/**
 * p50/p99 (ms) of GET `pathOf(i)` for `requests` requests made one at a time (after `warmUp`
 * discarded): the latency of a single query, not throughput. Throws unless every answer is 200.
 */
export async function sequentialLatency(url: string, pathOf: (i: number) => string, requests = 300, warmUp = 20): Promise<LatencyResult> {
  const latencies: number[] = [];
  for (let i = 0; i < warmUp + requests; i++) {
    const path = pathOf(i);
    const started = performance.now();
    const response = await fetch(url + path, { headers: READ_HEADERS });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    if (i >= warmUp) latencies.push(elapsed);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
