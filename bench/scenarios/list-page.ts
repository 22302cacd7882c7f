import { sequentialLatency, type LatencyResult } from '../support/sequential-latency.js';
import { ruleIdOf } from '../support/sample-events.js';

/** The filtered list queries timed: one page of 100, newest first (the default order). */
export const LIST_QUERIES = {
  eventType: ['/v1/audit-events?event_type=RULE_UPDATED&limit=100'],
  resource: Array.from({ length: 20 }, (_, k) => `/v1/audit-events?resource_type=rule&resource_id=${ruleIdOf(2 * k + 1)}&limit=100`),
} as const;

/**
 * p50/p99 (ms) of one list page, requested one at a time (300 requests over `paths`, after 20
 * discarded): the latency of a single compliance query, not throughput.
 */
export function listPageLatency(url: string, paths: readonly string[]): Promise<LatencyResult> {
  return sequentialLatency(url, (i) => paths[i % paths.length]!);
}

export type { LatencyResult };
