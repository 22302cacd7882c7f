import type { FastifyInstance } from 'fastify';
import { REQUEST_ID_HEADER } from './request-id.js';

/**
 * Puts X-Request-Id on every response of `fastify`: routes, errors, 404s, and answers sent from
 * hooks (onSend runs for each of them). Register on the root instance, before routes are added.
 */
export function echoRequestIdHeader(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    return payload;
  });
}
