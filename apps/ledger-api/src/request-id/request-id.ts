import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where the id is kept on the raw request, so the HTTP log (pino-http) uses the same one. */
const RAW_KEY = Symbol.for('ledger.requestId');

/**
 * Fastify's genReqId: a valid UUID sent in X-Request-Id is kept (lower-cased), anything else is
 * replaced by a new random UUID. Every response and every log line carries it.
 */
export function generateRequestId(raw: IncomingMessage): string {
  const sent = raw.headers['x-request-id'];
  const id = typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : randomUUID();
  (raw as unknown as Record<symbol, string>)[RAW_KEY] = id;
  return id;
}

/** The id generateRequestId gave this raw request (for the logger). */
export function requestIdOf(raw: IncomingMessage): string {
  return (raw as unknown as Record<symbol, string>)[RAW_KEY] ?? generateRequestId(raw);
}
