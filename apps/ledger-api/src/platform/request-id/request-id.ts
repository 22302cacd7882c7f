import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header a request id travels in, both ways. */
export const REQUEST_ID_HEADER = 'x-request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Fastify's `genReqId`: a valid UUID sent in X-Request-Id is kept (lower-cased), anything else
 * (absent, repeated, not a UUID) is replaced by a new random UUID, so a client cannot inject
 * arbitrary text into logs. Every response and every log line carries it.
 */
export function generateRequestId(raw: IncomingMessage): string {
  const sent = raw.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : randomUUID();
}
