/** Settings of one bench run, from the environment; a bad value stops the run naming the variable. */
export interface BenchConfig {
  /** Ledger size for the list and verify lines (BENCH_EVENTS, default 1,000,000). */
  events: number;
  /** Seconds of each autocannon phase, after a short warm-up (BENCH_SECONDS, default 12). */
  seconds: number;
  /** Events each in-process peer append line writes (BENCH_PEER_EVENTS, default 100,000). */
  peerEvents: number;
}

export function loadBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  return {
    events: positiveInteger(env, 'BENCH_EVENTS', 1_000_000),
    seconds: positiveInteger(env, 'BENCH_SECONDS', 12),
    peerEvents: positiveInteger(env, 'BENCH_PEER_EVENTS', 100_000),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name}: expected a positive integer, got '${raw}'`);
  return value;
}
