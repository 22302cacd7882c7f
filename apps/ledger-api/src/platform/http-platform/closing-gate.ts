import type { FastifyInstance } from 'fastify';
import { LedgerShuttingDownError } from '#ledger-domain';
import { toProblemDetails } from '../problem-details/to-problem-details.js';
import { PROBLEM_CONTENT_TYPE } from '../problem-details/problem-details.js';
import { ConnectionWindDown } from './connection-wind-down.js';

/**
 * How long, once closing, the server must have received nothing before it ends the keep-alive
 * connections still idle: until then a client still sending may pick any of them (and is then
 * told Connection: close).
 */
export const IDLE_CONNECTION_GRACE_MS = 1_000;

/**
 * Once shutdown begins, new requests on still-open (keep-alive) connections are refused with a
 * problem+json 503 and `Connection: close`, so clients move to another instance; requests already
 * in flight complete, and their responses say `Connection: close` too. When the app closes, the
 * listener stops first, then each connection is ended once quiet (ConnectionWindDown), so that no
 * client sees a reset. Returns the switch that starts it.
 */
export function installClosingGate(fastify: FastifyInstance, idleGraceMs = IDLE_CONNECTION_GRACE_MS): () => void {
  let closing = false;
  const connections = new ConnectionWindDown(fastify.server);
  fastify.addHook('onRequest', async (request, reply) => {
    if (!closing) return;
    const { problem, headers } = toProblemDetails(new LedgerShuttingDownError(), request.url, String(request.id));
    await reply.code(503).headers({ ...headers, connection: 'close' }).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  // Before Fastify's own server.close(), which would destroy keep-alive connections idle at that instant.
  fastify.addHook('preClose', async () => {
    closing = true;
    await connections.windDown(idleGraceMs);
  });
  return () => {
    closing = true;
  };
}
