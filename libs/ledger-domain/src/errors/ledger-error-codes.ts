/** How the HTTP layer classifies a domain error (400, 401, 403, 404, 409, 503, 413, 429). */
export type LedgerErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'unavailable'
  | 'too-large'
  | 'rate-limited';

/** The one registry of stable error codes. Codes never change meaning once published. */
export const LEDGER_ERROR_CODES = {
  'LEDGER.AUDIT_EVENT_INVALID': { kind: 'invalid', title: 'The audit event is invalid' },
  'LEDGER.BATCH_INVALID': { kind: 'invalid', title: 'The batch is invalid; nothing was stored' },
  'LEDGER.REQUEST_INVALID': { kind: 'invalid', title: 'The request is invalid' },
  'LEDGER.INVALID_QUERY': { kind: 'invalid', title: 'The request parameters are invalid' },
  'LEDGER.INVALID_CURSOR': { kind: 'invalid', title: 'The cursor is invalid' },
  'LEDGER.INVALID_IDEMPOTENCY_KEY': { kind: 'invalid', title: 'The Idempotency-Key header is invalid' },
  'HTTP.INVALID_TEXT_ENCODING': { kind: 'invalid', title: 'The request body is not valid UTF-8' },
  'HTTP.DUPLICATE_MEMBER_NAME': { kind: 'invalid', title: 'The request body repeats a member name' },
  'LEDGER.AUDIT_EVENT_NOT_FOUND': { kind: 'not-found', title: 'No such audit event' },
  'LEDGER.RULE_NOT_FOUND': { kind: 'not-found', title: 'No such rule' },
  'LEDGER.LIMIT_NOT_FOUND': { kind: 'not-found', title: 'No such limit' },
  'LEDGER.VALIDATION_NOT_FOUND': { kind: 'not-found', title: 'No such transaction validation' },
  'LEDGER.IDEMPOTENCY_KEY_REUSED': { kind: 'conflict', title: 'Idempotency-Key already used for a different request' },
  'LEDGER.RULE_ALREADY_EXISTS': { kind: 'conflict', title: 'A rule with this id already exists' },
  'LEDGER.RULE_UNKNOWN': { kind: 'conflict', title: 'No rule with this id was ever created' },
  'LEDGER.RULE_DELETED': { kind: 'conflict', title: 'The rule is deleted' },
  'LEDGER.RULE_ALREADY_ACTIVE': { kind: 'conflict', title: 'The rule is already active' },
  'LEDGER.RULE_NOT_ACTIVE': { kind: 'conflict', title: 'The rule is not active' },
  'LEDGER.RULE_NOT_DRAFT': { kind: 'conflict', title: 'The rule is not a draft' },
  'LEDGER.RULE_VERSION_MISMATCH': { kind: 'conflict', title: 'The rule is not at the expected version' },
  'LEDGER.RULE_BEFORE_MISMATCH': { kind: 'conflict', title: 'context.before differs from the rule the ledger holds' },
  'LEDGER.LIMIT_ALREADY_EXISTS': { kind: 'conflict', title: 'A limit with this id already exists' },
  'LEDGER.LIMIT_UNKNOWN': { kind: 'conflict', title: 'No limit with this id was ever created' },
  'LEDGER.LIMIT_DELETED': { kind: 'conflict', title: 'The limit is deleted' },
  'LEDGER.LIMIT_ALREADY_ACTIVE': { kind: 'conflict', title: 'The limit is already active' },
  'LEDGER.LIMIT_NOT_ACTIVE': { kind: 'conflict', title: 'The limit is not active' },
  'LEDGER.LIMIT_NOT_DRAFT': { kind: 'conflict', title: 'The limit is not a draft' },
  'LEDGER.LIMIT_VERSION_MISMATCH': { kind: 'conflict', title: 'The limit is not at the expected version' },
  'LEDGER.LIMIT_BEFORE_MISMATCH': { kind: 'conflict', title: 'context.before differs from the limit the ledger holds' },
  'LEDGER.CONTENTION': { kind: 'unavailable', title: 'The ledger is busy; retry' },
  'LEDGER.SHUTTING_DOWN': { kind: 'unavailable', title: 'The service is shutting down; retry on another instance' },
  'LEDGER.TOO_MANY_STREAMS': { kind: 'unavailable', title: 'This instance serves as many event streams as it may; retry later or on another instance' },
  'LEDGER.READ_MODELS_BEHIND': { kind: 'unavailable', title: 'The read models are behind the log; retry' },
  'LEDGER.LOG_CONTRADICTS_CHECKPOINT': { kind: 'unavailable', title: 'The log contradicts a signed checkpoint; an operator must investigate' },
  'LEDGER.LOG_BEHIND_ACKNOWLEDGED': { kind: 'unavailable', title: 'The log is behind what the ledger acknowledged; an operator must recover it' },
  'LEDGER.PROJECTION_NOT_FOUND': { kind: 'not-found', title: 'No such projection' },
  'LEDGER.CHECKPOINT_NOT_FOUND': { kind: 'not-found', title: 'No signed checkpoint yet' },
  'LEDGER.TILE_NOT_FOUND': { kind: 'not-found', title: 'No such tile' },
  'LEDGER.REBUILD_IN_PROGRESS': { kind: 'conflict', title: 'A rebuild of this projection is already running' },
  'AUTH.MISSING_API_KEY': { kind: 'unauthenticated', title: 'An API key is required' },
  'AUTH.UNKNOWN_API_KEY': { kind: 'unauthenticated', title: 'The API key is not recognised' },
  'AUTH.MISSING_SCOPE': { kind: 'forbidden', title: 'The API key lacks a required scope' },
  'AUTH.RATE_LIMITED': { kind: 'rate-limited', title: 'The API key is over its rate limit' },
  'AUTH.CONFLICTING_API_KEYS': { kind: 'invalid', title: 'X-API-Key and Authorization: Bearer present different keys' },
} as const satisfies Record<string, { kind: LedgerErrorKind; title: string }>;

export type LedgerErrorCode = keyof typeof LEDGER_ERROR_CODES;
