import type { FastifyInstance } from 'fastify';
import { LedgerShuttingDownError } from '#ledger-domain';
import { toProblemDetails } from '../problem-details/to-problem-details.js';
import { PROBLEM_CONTENT_TYPE } from '../problem-details/problem-details.js';

/**
 * Once shutdown begins, new requests on still-open (keep-alive) connections are refused with a
 * problem+json 503 and `Connection: close`, so clients move to another instance and the server
 * can finish closing; requests already in flight complete. Returns the switch that starts it.
 */
export function installClosingGate(fastify: FastifyInstance): () => void {
  let closing = false;
  fastify.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    const { problem, headers } = toProblemDetails(new LedgerShuttingDownError(), request.url, String(request.id));
    await reply.code(503).headers({ ...headers, connection: 'close' }).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  });
  // Requests already in flight are answered with Connection: close too: a keep-alive socket that
  // turns idle after close() began would otherwise hold the server open until its keep-alive timeout.
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  return () => {
    closing = true;
  };
}
