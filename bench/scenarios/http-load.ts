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

/**
 * Bodies are serialized before the run and cycled: building a 1 KB (or 100 KB) JSON body per
 * request in the load generator would take the CPU the service is being measured on.
 */
function prebuilt(count: number, body: () => unknown): () => string {
  const bodies = Array.from({ length: count }, () => JSON.stringify(body()));
  let next = 0;
  return () => bodies[next++ % bodies.length]!;
}

async function run(options: Parameters<typeof autocannon>[0]): Promise<LoadResult> {
  const result = await autocannon(options);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/** Single-event POSTs, each a distinct ~1 KB event. */
export function postSingle(url: string, connections: number, duration: number): Promise<LoadResult> {
  const body = prebuilt(20_000, () => sampleEvent(counter++));
  return run({
    url,
    connections,
    duration,
    requests: [{ method: 'POST', path: '/v1/audit-events', headers, setupRequest: (r) => ({ ...r, body: body() }) }],
  });
}

/** Batch POSTs of `size` distinct events each. */
export function postBatch(url: string, size: number, connections: number, duration: number): Promise<LoadResult> {
  const body = prebuilt(200, () => ({ events: Array.from({ length: size }, () => sampleEvent(counter++)) }));
  return run({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: '/v1/audit-events/batch',
        headers,
        setupRequest: (r) => ({ ...r, body: body() }),
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
