import { HttpException } from '@nestjs/common';
import { LedgerError, type LedgerErrorKind } from '#ledger-domain';
import { EventStoreUnavailableError } from '#event-store';
import { problemType, type ProblemDetails } from './problem-details.js';

const STATUS_BY_KIND: Record<LedgerErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
  'too-large': 413,
};

/** Errors Fastify raises before a handler runs, and what a client is told about them. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; title: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'HTTP.PAYLOAD_TOO_LARGE', title: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'HTTP.UNSUPPORTED_MEDIA_TYPE', title: 'Send application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'HTTP.EMPTY_BODY', title: 'The request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'HTTP.INVALID_JSON', title: 'The request body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'HTTP.INVALID_CONTENT_LENGTH', title: 'Content-Length does not match the body' },
};

export interface ProblemAnswer {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True for errors nobody anticipated: log them in full (never send them). */
  unexpected: boolean;
}

/**
 * Turns any error into the problem+json answer. Only details written for clients are sent:
 * never a stack trace, SQL, file path or driver message.
 */
export function toProblemDetails(error: unknown, instance: string, requestId: string): ProblemAnswer {
  const base = { instance, requestId };
  if (error instanceof LedgerError) {
    const status = STATUS_BY_KIND[error.kind];
    const problem: ProblemDetails = { type: problemType(error.code), title: error.title, status, detail: error.message, code: error.code, ...base };
    if (error.violations.length > 0) problem.errors = [...error.violations];
    return { problem, headers: status === 503 ? { 'retry-after': '1' } : {}, unexpected: false };
  }
  if (error instanceof EventStoreUnavailableError) {
    const code = 'STORE.UNAVAILABLE';
    return {
      problem: { type: problemType(code), title: 'The event store is unavailable', status: 503, detail: 'the event store cannot be reached; nothing was stored, retry', code, ...base },
      headers: { 'retry-after': '5' },
      unexpected: false,
    };
  }
  const fastifyCode = fastifyErrorCode(error);
  if (typeof fastifyCode === 'string' && FASTIFY_ERRORS[fastifyCode]) {
    const known = FASTIFY_ERRORS[fastifyCode]!;
    return { problem: { type: problemType(known.code), title: known.title, status: known.status, detail: known.title, code: known.code, ...base }, headers: {}, unexpected: false };
  }
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const code = status === 404 ? 'HTTP.NOT_FOUND' : `HTTP.${status}`;
    const title = status === 404 ? 'No such resource' : 'The request cannot be processed';
    const detail = status === 404 ? `nothing is served at ${instance.split('?')[0]}` : title;
    return { problem: { type: problemType(code), title, status, detail, code, ...base }, headers: {}, unexpected: false };
  }
  const code = 'HTTP.INTERNAL';
  return {
    problem: { type: problemType(code), title: 'Internal error', status: 500, detail: `an unexpected error occurred; quote request id ${requestId}`, code, ...base },
    headers: {},
    unexpected: true,
  };
}

/**
 * The Fastify error behind `error`: Nest wraps Fastify's body-parsing errors in an HttpException
 * (original as `cause`, message kept); a malformed JSON body is a bare SyntaxError with status 400.
 */
function fastifyErrorCode(error: unknown): string | undefined {
  const inner = error instanceof HttpException && error.cause !== undefined ? error.cause : error;
  const code = (inner as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('FST_')) return code;
  if (inner instanceof SyntaxError) return 'FST_ERR_CTP_INVALID_JSON_BODY';
  if (!(error instanceof HttpException)) return undefined;
  const status = error.getStatus();
  const message = error.message;
  if (status === 413) return 'FST_ERR_CTP_BODY_TOO_LARGE';
  if (status === 415) return 'FST_ERR_CTP_INVALID_MEDIA_TYPE';
  if (status === 400 && /not valid JSON|Unexpected token|JSON/i.test(message)) return 'FST_ERR_CTP_INVALID_JSON_BODY';
  if (status === 400 && /cannot be empty|empty/i.test(message)) return 'FST_ERR_CTP_EMPTY_JSON_BODY';
  return undefined;
}

function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
