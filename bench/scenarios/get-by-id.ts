import { READ_HEADERS } from '../support/bench-api.js';
import { runLoad, type LoadResult } from '../support/load-test.js';

export const GET_CONNECTIONS = 32;

/** GET /v1/audit-events/{id} at concurrency 32, each request a random id from `ids`. */
export function getByIdLoad(url: string, ids: readonly string[], seconds: number): Promise<LoadResult> {
  if (ids.length === 0) throw new Error('GET by id needs ids of stored events');
  return runLoad({
    url,
    connections: GET_CONNECTIONS,
    seconds,
    next: () => ({ method: 'GET', path: `/v1/audit-events/${ids[Math.floor(Math.random() * ids.length)]}`, headers: READ_HEADERS }),
  });
}
