import { LedgerError, type Violation } from './ledger-error.js';

const summarize = (violations: readonly Violation[]) =>
  violations.length === 1 ? `${violations[0]!.path}: ${violations[0]!.message}` : `${violations.length} problems; see errors`;

export class AuditEventRejectedError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.AUDIT_EVENT_INVALID', summarize(violations), violations);
  }
}

export class BatchRejectedError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.BATCH_INVALID', `${summarize(violations)}; nothing was stored`, violations);
  }
}

/** Structural problems found by the HTTP layer's validation (types, unknown members, lengths). */
export class RequestRejectedError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.REQUEST_INVALID', summarize(violations), violations);
  }
}

export class InvalidQueryError extends LedgerError {
  constructor(violations: readonly Violation[]) {
    super('LEDGER.INVALID_QUERY', summarize(violations), violations);
  }
}

export class InvalidCursorError extends LedgerError {
  constructor(reason: string) {
    super('LEDGER.INVALID_CURSOR', reason, [{ path: 'cursor', message: reason }]);
  }
}

export class InvalidIdempotencyKeyError extends LedgerError {
  constructor(reason: string) {
    super('LEDGER.INVALID_IDEMPOTENCY_KEY', reason, [{ path: 'Idempotency-Key', message: reason }]);
  }
}

export class AuditEventNotFoundError extends LedgerError {
  constructor(eventId: string) {
    super('LEDGER.AUDIT_EVENT_NOT_FOUND', `audit event ${eventId} does not exist in this ledger`);
  }
}

export class IdempotencyKeyReusedError extends LedgerError {
  constructor() {
    super('LEDGER.IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was already used with a different request body');
  }
}

export class LedgerContentionError extends LedgerError {
  constructor() {
    super('LEDGER.CONTENTION', 'other writers kept moving the ledger tail; the request was not stored, retry');
  }
}

export class LedgerShuttingDownError extends LedgerError {
  constructor() {
    super('LEDGER.SHUTTING_DOWN', 'the service is shutting down; the request was not stored, retry');
  }
}

export class MissingApiKeyError extends LedgerError {
  constructor() {
    super('AUTH.MISSING_API_KEY', 'send your API key in the X-API-Key header');
  }
}

export class UnknownApiKeyError extends LedgerError {
  constructor() {
    super('AUTH.UNKNOWN_API_KEY', 'the X-API-Key is not a key of this service');
  }
}

export class MissingScopeError extends LedgerError {
  constructor(scopes: readonly string[]) {
    super('AUTH.MISSING_SCOPE', `this operation needs the scope ${scopes.join(' and ')}`);
  }
}
