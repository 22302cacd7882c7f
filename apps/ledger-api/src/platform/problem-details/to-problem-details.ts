import { HttpException } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { LedgerError, type LedgerErrorKind } from '#ledger-domain';
import { EventStoreDiskFullError, EventStoreUnavailableError } from '#event-store';
import { knownFastifyError } from './fastify-errors.js';
import { MethodNotAllowedError } from './method-not-allowed.error.js';
import { locateViolation, type RequestParts } from './locate-violation.js';
import { problemType, type ProblemDetails } from './problem-details.js';

const STATUS_BY_KIND: Record<LedgerErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
  'too-large': 413,
  'rate-limited': 429,
};

/** 401 says how to authenticate (RFC 9110 §11.6.1); a busy or closing service says when to retry. */
const LEDGER_ERROR_HEADERS: Partial<Record<LedgerErrorKind, Record<string, string>>> = {
  unauthenticated: { 'www-authenticate': 'ApiKey header="X-API-Key", Bearer realm="audit-ledger"' },
  unavailable: { 'retry-after': '1' },
};

export interface ProblemAnswer {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True for errors nobody anticipated: log them in full (never send them). */
  unexpected: boolean;
}

/** Codes of the HTTP layer's own 4xx answers (other statuses get `HTTP.<status>`). */
const HTTP_CODES: Record<number, string> = {
  400: 'HTTP.BAD_REQUEST',
  401: 'HTTP.UNAUTHORIZED',
  403: 'HTTP.FORBIDDEN',
  404: 'HTTP.NOT_FOUND',
  405: 'HTTP.METHOD_NOT_ALLOWED',
  406: 'HTTP.NOT_ACCEPTABLE',
  409: 'HTTP.CONFLICT',
  413: 'HTTP.PAYLOAD_TOO_LARGE',
  415: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
  429: 'HTTP.TOO_MANY_REQUESTS',
};

/**
 * Turns any error into the problem+json answer for the request at `url` (the problem's `instance`
 * is its path, without the query). Only details written for clients are sent: never a stack
 * trace, SQL, file path or driver message. `unexpected` errors are answered 500 and must be logged.
 * Given the `request`, each violation also says where it lies and what was sent (locateViolation).
 */
export function toProblemDetails(error: unknown, url: string, requestId: string, request?: RequestParts): ProblemAnswer {
  const instance = url.split('?')[0]!;
  const base = { instance, requestId };
  if (error instanceof LedgerError) {
    const status = STATUS_BY_KIND[error.kind];
    const problem: ProblemDetails = { type: problemType(error.code), title: error.title, status, detail: error.message, code: error.code, ...base };
    if (error.violations.length > 0) {
      problem.errors = error.violations.map((violation) => (request === undefined ? { ...violation } : locateViolation(violation, request)));
    }
    const headers = error.retryAfterSeconds === undefined ? (LEDGER_ERROR_HEADERS[error.kind] ?? {}) : { 'retry-after': String(error.retryAfterSeconds) };
    return { problem, headers, unexpected: false };
  }
  if (error instanceof EventStoreDiskFullError) {
    const code = 'STORE.DISK_FULL';
    return {
      problem: {
        type: problemType(code),
        title: 'The disk of the event store is full',
        status: 503,
        detail: 'the disk holding the event log is full; nothing was stored; retry once an operator has freed space',
        code,
        ...base,
      },
      headers: { 'retry-after': '30' },
      unexpected: false,
    };
  }
  if (error instanceof EventStoreUnavailableError) {
    const code = 'STORE.UNAVAILABLE';
    return {
      problem: { type: problemType(code), title: 'The event store is unavailable', status: 503, detail: 'the event store cannot be reached; nothing was stored, retry', code, ...base },
      headers: { 'retry-after': '5' },
      unexpected: false,
    };
  }
  if (error instanceof MethodNotAllowedError) {
    const code = HTTP_CODES[405]!;
    return {
      problem: { type: problemType(code), title: 'Method not allowed', status: 405, detail: error.message, code, ...base },
      headers: { allow: error.allowed.join(', ') },
      unexpected: false,
    };
  }
  const known = knownFastifyError(error);
  if (known) {
    return { problem: { type: problemType(known.code), title: known.title, status: known.status, detail: known.title, code: known.code, ...base }, headers: {}, unexpected: false };
  }
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const code = HTTP_CODES[status] ?? `HTTP.${status}`;
    const title = status === 404 ? 'No such resource' : (STATUS_CODES[status] ?? 'The request cannot be processed');
    // Messages of HTTP exceptions may come from libraries: only our own words are sent.
    const detail = status === 404 ? `nothing is served at ${instance}` : `the request cannot be processed (${status} ${title})`;
    return { problem: { type: problemType(code), title, status, detail, code, ...base }, headers: {}, unexpected: false };
  }
  const code = 'HTTP.INTERNAL';
  return {
    problem: { type: problemType(code), title: 'Internal error', status: 500, detail: `an unexpected error occurred; quote request id ${requestId}`, code, ...base },
    headers: {},
    unexpected: true,
  };
}

function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
