import { WRITE_HEADERS } from '../support/bench-api.js';
import { runLoad, type LoadResult } from '../support/load-test.js';
import { nextEventNumber, sampleEventJson } from '../support/sample-events.js';

export const BATCH_SIZE = 100;
export const BATCH_CONNECTIONS = 12;

/** A batch request body of `size` distinct sample events (~100 KB for 100). */
export function batchBody(size: number): string {
  const events: string[] = [];
  for (let i = 0; i < size; i++) events.push(sampleEventJson(nextEventNumber()));
  return `{"events":[${events.join(',')}]}`;
}

/** POST /v1/audit-events/batch, 100 distinct events per request, at concurrency 12. Events/s = okPerSecond × 100. */
export function batchPostLoad(url: string, seconds: number): Promise<LoadResult> {
  return runLoad({
    url,
    connections: BATCH_CONNECTIONS,
    seconds,
    next: () => ({ method: 'POST', path: '/v1/audit-events/batch', headers: WRITE_HEADERS, body: batchBody(BATCH_SIZE) }),
  });
}
