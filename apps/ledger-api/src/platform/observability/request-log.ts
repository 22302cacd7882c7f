import type { FastifyInstance } from 'fastify';

const QUIET = new Set(['/health', '/readyz']);

/**
 * One line per request once it is answered — method, path, status, time — on the request's own
 * logger, which carries its `requestId`. (Fastify's two lines per request and a pino-http
 * middleware each cost more than the rest of a cheap request.) Probes are not logged.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', async (request, reply) => {
    if (QUIET.has(request.url)) return;
    request.log.info(
      { method: request.method, url: request.url, statusCode: reply.statusCode, responseTimeMs: Math.round(reply.elapsedTime * 100) / 100 },
      'request completed',
    );
  });
}
