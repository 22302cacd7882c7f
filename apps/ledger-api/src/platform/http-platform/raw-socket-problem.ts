import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from '../problem-details/index.js';

/** What a client is told about a request that never became a Fastify request. */
export interface RawProblem {
  status: number;
  code: string;
  title: string;
  detail?: string;
}

/**
 * Answers on the raw socket, before (or instead of) any Fastify request, with a problem+json
 * carrying a fresh request id like every other error, then closes the connection: what follows on
 * it cannot be trusted to be a new request. A socket that cannot be written to is destroyed.
 */
export function answerOnSocket(socket: Duplex, { status, code, title, detail }: RawProblem): void {
  // Once a response has started on this connection, bytes of another one would corrupt it.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const requestId = randomUUID();
  const problem: ProblemDetails = { type: problemType(code), title, status, detail: detail ?? title, instance: '/', code, requestId };
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
      `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}
