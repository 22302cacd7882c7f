import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { answerOnSocket, type RawProblem } from './raw-socket-problem.js';

/** A method token (RFC 9110 §9.1) at the start of a request line: a method, if Node knew it. */
const METHOD_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ \S+ HTTP\/\d\.\d\r?$/;

const METHOD_NOT_IMPLEMENTED: RawProblem = {
  status: 501,
  code: 'HTTP.METHOD_NOT_IMPLEMENTED',
  title: 'The request method is not implemented',
  detail: 'this service does not implement the request method',
};

/**
 * Errors Node's HTTP server raises before Fastify has a request — headers or body that did not
 * arrive within the request timeout (408), headers too large (431), a method Node's parser does not
 * know (501), a garbled request line (400) — answered on the raw socket as problem+json.
 * A connection reset by the client is simply closed.
 */
export function answerClientError(error: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  answerOnSocket(socket, clientProblem(error));
}

/**
 * CONNECT (a request to tunnel through a proxy, which this service is not): 501 problem+json,
 * where Node would close the connection without an answer.
 */
export function answerConnect(_request: IncomingMessage, socket: Duplex): void {
  answerOnSocket(socket, METHOD_NOT_IMPLEMENTED);
}

function clientProblem(error: Error & { code?: string; rawPacket?: unknown }): RawProblem {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        status: 408,
        code: 'HTTP.REQUEST_TIMEOUT',
        title: 'The request did not arrive in time',
        detail: 'the request headers and body did not arrive within the request timeout; nothing was stored',
      };
    case 'HPE_HEADER_OVERFLOW':
      return { status: 431, code: 'HTTP.HEADERS_TOO_LARGE', title: 'The request headers are too large' };
    case 'HPE_INVALID_METHOD': {
      const requestLine = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1').split('\n', 1)[0]! : '';
      if (METHOD_TOKEN.test(requestLine)) {
        return METHOD_NOT_IMPLEMENTED;
      }
      return { status: 400, code: 'HTTP.MALFORMED_REQUEST', title: 'The request is not valid HTTP' };
    }
    default:
      return { status: 400, code: 'HTTP.MALFORMED_REQUEST', title: 'The request is not valid HTTP' };
  }
}
