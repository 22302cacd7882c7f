import { LEDGER_ERROR_CODES, type LedgerErrorCode } from '#ledger-domain';
import { problemType, type ProblemDetails } from '../problem-details/problem-details.js';

type ProblemViolation = NonNullable<ProblemDetails['errors']>[number];

/** The statuses a problem answer of this service may have, as documented per operation. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/** What each status means, when an operation does not say more. */
export const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'Bad input (query, path parameter, header or body): `errors[]` names every violation by path; nothing was stored',
  401: 'No API key (X-API-Key or Authorization: Bearer), or an unknown one',
  403: 'The API key lacks a scope this operation requires',
  404: 'Not found in the caller’s ledger',
  409: 'Conflict with what the ledger holds',
  413: 'The request body is larger than LEDGER_BODY_LIMIT_BYTES',
  415: 'The body is not application/json',
  429: 'The API key is over its rate limit: retry after Retry-After seconds',
  503: 'The service is shutting down (Connection: close) or cannot answer now: retry after Retry-After seconds, on another instance if need be',
};

/** The headers the global filter sends with a problem of these statuses. */
export const PROBLEM_HEADERS: Partial<Record<ProblemStatus, Record<string, { description: string; schema: { type: 'string' | 'integer' } }>>> = {
  401: { 'WWW-Authenticate': { description: 'How to authenticate (RFC 9110 §11.6.1)', schema: { type: 'string' } } },
  429: { 'Retry-After': { description: 'Seconds until the key may call again', schema: { type: 'integer' } } },
  503: { 'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } } },
};

/** A code of each status, for the example answer. */
const EXAMPLE_CODES: Record<ProblemStatus, string> = {
  400: 'LEDGER.REQUEST_INVALID',
  401: 'AUTH.MISSING_API_KEY',
  403: 'AUTH.MISSING_SCOPE',
  404: 'LEDGER.AUDIT_EVENT_NOT_FOUND',
  409: 'LEDGER.IDEMPOTENCY_KEY_REUSED',
  413: 'HTTP.PAYLOAD_TOO_LARGE',
  415: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
  429: 'AUTH.RATE_LIMITED',
  503: 'LEDGER.SHUTTING_DOWN',
};

const HTTP_TITLES: Record<string, string> = {
  'HTTP.PAYLOAD_TOO_LARGE': 'The request body is too large',
  'HTTP.UNSUPPORTED_MEDIA_TYPE': 'Send application/json',
};

/** For 400 examples: a violation typical of the code. */
const EXAMPLE_VIOLATIONS: Record<string, ProblemViolation> = {
  'LEDGER.REQUEST_INVALID': { path: 'limit', message: 'limit must be at most 1000' },
  'LEDGER.INVALID_QUERY': { path: 'as_of', message: 'as_of must be seq:<n> (a ledger sequence) or an RFC 3339 date-time such as 2026-11-22T10:00:00Z' },
  'LEDGER.AUDIT_EVENT_INVALID': { path: 'actor.actorType', message: 'actorType must be one of user, service, api_key, system' },
  'LEDGER.BATCH_INVALID': { path: 'events[2].actor.actorType', message: 'actorType must be one of user, service, api_key, system' },
};

/**
 * An example problem answer of `status` (with `code`, default: a typical one of that status, and
 * for a 400 `violation`, default: a typical one of the code), as the global filter would send it
 * for a request to `instance`.
 */
export function problemExample(status: ProblemStatus, instance: string, code: string = EXAMPLE_CODES[status], violation?: ProblemViolation): ProblemDetails {
  const title = LEDGER_ERROR_CODES[code as LedgerErrorCode]?.title ?? HTTP_TITLES[code] ?? code;
  const example: ProblemDetails = {
    type: problemType(code),
    title,
    status,
    detail: title,
    instance,
    code,
    requestId: '3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90',
  };
  const shown = status === 400 ? (violation ?? EXAMPLE_VIOLATIONS[code]) : undefined;
  if (shown) {
    example.detail = `${shown.path}: ${shown.message}`;
    example.errors = [shown];
  }
  return example;
}
