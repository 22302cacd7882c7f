import { READ_HEADERS } from '../support/bench-api.js';
import { percentile } from '../support/percentile.js';
import { ruleIdOf } from '../support/sample-events.js';

/** The filtered list queries timed: one page of 100, newest first (the default order). */
export const LIST_QUERIES = {
  eventType: ['/v1/audit-events?event_type=RULE_UPDATED&limit=100'],
  resource: Array.from({ length: 20 }, (_, k) => `/v1/audit-events?resource_type=rule&resource_id=${ruleIdOf(2 * k + 1)}&limit=100`),
} as const;

const REQUESTS = 300;
const WARM_UP = 20;

export interface LatencyResult {
  p50: number;
  p99: number;
}

/**
 * p50/p99 (ms) of one list page, requested one at a time (300 requests over `paths`, after 20
 * discarded): the latency of a single compliance query, not throughput. Throws unless every
 * answer is 200 with a full page.
 */
export async function listPageLatency(url: string, paths: readonly string[]): Promise<LatencyResult> {
  const latencies: number[] = [];
  for (let i = 0; i < WARM_UP + REQUESTS; i++) {
    const path = paths[i % paths.length]!;
    const started = performance.now();
    const response = await fetch(url + path, { headers: READ_HEADERS });
    const text = await response.text();
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`GET ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
    if (i >= WARM_UP) latencies.push(elapsed);
  }
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
