/** How the HTTP layer classifies a domain error (400, 401, 403, 404, 409, 503, 413). */
export type LedgerErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unavailable'
  | 'too-large';

/** The one registry of stable error codes. Codes never change meaning once published. */
export const LEDGER_ERROR_CODES = {
  'LEDGER.AUDIT_EVENT_INVALID': { kind: 'invalid', title: 'The audit event is invalid' },
  'LEDGER.BATCH_INVALID': { kind: 'invalid', title: 'The batch is invalid; nothing was stored' },
  'LEDGER.REQUEST_INVALID': { kind: 'invalid', title: 'The request is invalid' },
  'LEDGER.INVALID_QUERY': { kind: 'invalid', title: 'The request parameters are invalid' },
  'LEDGER.INVALID_CURSOR': { kind: 'invalid', title: 'The cursor is invalid' },
  'LEDGER.INVALID_IDEMPOTENCY_KEY': { kind: 'invalid', title: 'The Idempotency-Key header is invalid' },
  'LEDGER.AUDIT_EVENT_NOT_FOUND': { kind: 'not-found', title: 'No such audit event' },
  'LEDGER.IDEMPOTENCY_KEY_REUSED': { kind: 'conflict', title: 'Idempotency-Key already used for a different request' },
  'LEDGER.CONTENTION': { kind: 'unavailable', title: 'The ledger is busy; retry' },
  'LEDGER.SHUTTING_DOWN': { kind: 'unavailable', title: 'The service is shutting down; retry on another instance' },
  'AUTH.MISSING_API_KEY': { kind: 'unauthenticated', title: 'An X-API-Key header is required' },
  'AUTH.UNKNOWN_API_KEY': { kind: 'unauthenticated', title: 'The API key is not recognised' },
  'AUTH.MISSING_SCOPE': { kind: 'forbidden', title: 'The API key lacks a required scope' },
} as const satisfies Record<string, { kind: LedgerErrorKind; title: string }>;

export type LedgerErrorCode = keyof typeof LEDGER_ERROR_CODES;
