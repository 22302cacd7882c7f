import type { FastifyInstance } from 'fastify';
import type { Principal } from '../auth/principal.js';
import { problemCodeOf } from '../problem-details/send-problem.js';
import { parseTraceparent } from './trace-context.js';

const QUIET = new Set(['/health', '/readyz']);

/**
 * One line per request once it is answered — method, path, status, time, the caller's ledger and
 * key id (never the key), the problem `code` of an error answer — on the request's own logger,
 * which carries its `requestId` and, when the caller sent a valid W3C `traceparent`, its `traceId`
 * and `spanId` on every line of the request. (Fastify's two lines per request and a pino-http
 * middleware each cost more than the rest of a cheap request.) Probes are not logged.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request) => {
    const trace = parseTraceparent(request.headers.traceparent);
    if (trace) request.log = request.log.child(trace);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (QUIET.has(request.url)) return;
    const principal = (request as { principal?: Principal }).principal;
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTimeMs: Math.round(reply.elapsedTime * 100) / 100,
        ...(principal ? { ledgerId: principal.ledgerId, keyId: principal.keyId } : {}),
        ...(reply.statusCode >= 400 ? { code: problemCodeOf(reply) } : {}),
      },
      'request completed',
    );
  });
}
