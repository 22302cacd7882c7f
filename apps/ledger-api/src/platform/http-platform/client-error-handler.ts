import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from '../problem-details/index.js';

/**
 * Errors Node's HTTP parser raises before Fastify has a request (headers too large, a garbled
 * request line): answered on the raw socket as problem+json with a fresh request id, like every
 * other error, instead of Fastify's own JSON body. A socket that cannot be written is destroyed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const code = tooLarge ? 'HTTP.HEADERS_TOO_LARGE' : 'HTTP.MALFORMED_REQUEST';
  const title = tooLarge ? 'The request headers are too large' : 'The request is not valid HTTP';
  const requestId = randomUUID();
  const problem: ProblemDetails = { type: problemType(code), title, status, detail: title, instance: '/', code, requestId };
  const body = JSON.stringify(problem);
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy(error);
    return;
  }
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}
