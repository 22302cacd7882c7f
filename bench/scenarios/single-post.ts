import { WRITE_HEADERS } from '../support/bench-api.js';
import { runLoad, type LoadResult } from '../support/load-test.js';
import { nextEventNumber, sampleEventJson } from '../support/sample-events.js';

export const SINGLE_POST_CONNECTIONS = 64;

/**
 * POST /v1/audit-events at concurrency 64, each request a distinct ~1 KB event (built per
 * request by string templating). Run against the service and the bare Fastify ceiling alike.
 */
export function singlePostLoad(url: string, seconds: number): Promise<LoadResult> {
  return runLoad({
    url,
    connections: SINGLE_POST_CONNECTIONS,
    seconds,
    next: () => ({ method: 'POST', path: '/v1/audit-events', headers: WRITE_HEADERS, body: sampleEventJson(nextEventNumber()) }),
  });
}
