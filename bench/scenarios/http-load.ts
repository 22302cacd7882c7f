import autocannon from 'autocannon';
import { BENCH_KEY } from '../support/bench-service.js';
import { sampleEvent } from '../support/sample-events.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

const headers = { 'content-type': 'application/json', 'x-api-key': BENCH_KEY };
let counter = 1_000_000_000;

async function run(options: Parameters<typeof autocannon>[0]): Promise<LoadResult> {
  const result = await autocannon(options);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/** Single-event POSTs, each a distinct ~1 KB event. */
export function postSingle(url: string, connections: number, duration: number): Promise<LoadResult> {
  return run({
    url,
    connections,
    duration,
    requests: [{ method: 'POST', path: '/v1/audit-events', headers, setupRequest: (r) => ({ ...r, body: JSON.stringify(sampleEvent(counter++)) }) }],
  });
}

/** Batch POSTs of `size` distinct events each. */
export function postBatch(url: string, size: number, connections: number, duration: number): Promise<LoadResult> {
  return run({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/v1/audit-events/batch',
        headers,
        setupRequest: (r) => ({ ...r, body: JSON.stringify({ events: Array.from({ length: size }, () => sampleEvent(counter++)) }) }),
      },
    ],
  });
}

/** GET by id over random ids from `ids`. */
export function getById(url: string, ids: readonly string[], connections: number, duration: number): Promise<LoadResult> {
  return run({
    url,
    connections,
    duration,
    requests: [{ method: 'GET', headers, setupRequest: (r) => ({ ...r, path: `/v1/audit-events/${ids[Math.floor(Math.random() * ids.length)]}` }) }],
  });
}
