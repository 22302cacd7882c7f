import { WRITE_HEADERS } from '../support/bench-api.js';
import { sequentialLatency, type LatencyResult } from '../support/sequential-latency.js';

export const LONG_HISTORY_EVENTS = 100_000;
const LIMIT_ID = 'limit-long-history';
const PER_REQUEST = 1000;
const REQUESTS = 400;

const image = (i: number) => `{"limitType":"DAILY","maxAmount":"${1000 + i}.00","currency":"BRL","scopes":[{"accountId":"acc-${i % 7}"}]}`;
const actor = '{"id":"limit-service","actorType":"service"}';

/**
 * Gives one limit a history of LONG_HISTORY_EVENTS events (a create, then updates with exact
 * before-images, 1000 per batch request); returns the ledger sequences of its events.
 */
export async function buildLongHistory(url: string): Promise<number[]> {
  const sequences: number[] = [];
  for (let start = 0; start < LONG_HISTORY_EVENTS; start += PER_REQUEST) {
    const events: string[] = [];
    for (let i = start; i < Math.min(start + PER_REQUEST, LONG_HISTORY_EVENTS); i++) {
      events.push(i === 0
        ? `{"eventType":"LIMIT_CREATED","resourceId":"${LIMIT_ID}","result":"SUCCESS","actor":${actor},"context":{"after":${image(0)}}}`
        : `{"eventType":"LIMIT_UPDATED","resourceId":"${LIMIT_ID}","result":"SUCCESS","actor":${actor},"context":{"before":${image(i - 1)},"after":${image(i)}}}`);
    }
    const response = await fetch(`${url}/v1/audit-events/batch`, { method: 'POST', headers: WRITE_HEADERS, body: `{"events":[${events.join(',')}]}` });
    const text = await response.text();
    if (response.status !== 201) throw new Error(`long history: HTTP ${response.status} ${text.slice(0, 300)}`);
    for (const match of text.matchAll(/"sequence":(\d+)/g)) sequences.push(Number(match[1]));
  }
  return sequences;
}

/**
 * p50/p99 (ms) of GET /v1/limits/{id}?as_of=seq:<n> at random points of the long history, one
 * request at a time (and, as its ceiling, of the same resource's current state).
 */
export function asOfLatency(url: string, sequences: readonly number[], asOf: boolean): Promise<LatencyResult> {
  let seed = 42;
  return sequentialLatency(url, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return `/v1/limits/${LIMIT_ID}${asOf ? `?as_of=seq:${sequences[seed % sequences.length]}` : ''}`;
  }, REQUESTS);
}
