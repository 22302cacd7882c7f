import { LedgerError } from './ledger-error.js';
import { LifecycleConflictError, lifecycleConflictDetail as detail } from './lifecycle-conflict-error.js';
import { capViolations, type Violation } from './violation.js';

/** A query for a limit this ledger has no history of (404). */
export class LimitNotFoundError extends LedgerError {
  constructor(limitId: string) {
    super('LEDGER.LIMIT_NOT_FOUND', `limit ${limitId} does not exist in this ledger`);
  }
}

/** LIMIT_CREATED for an id this ledger already holds, even a deleted one. */
export class LimitAlreadyExistsError extends LifecycleConflictError {
  constructor(limitId: string) {
    super('LEDGER.LIMIT_ALREADY_EXISTS', 'limit', limitId, detail.alreadyExists('limit', limitId));
  }
}

/** A change of a limit that was never created. */
export class LimitUnknownError extends LifecycleConflictError {
  constructor(limitId: string) {
    super('LEDGER.LIMIT_UNKNOWN', 'limit', limitId, detail.unknown('limit', limitId));
  }
}

/** A change of a deleted limit: deletion is final. */
export class LimitDeletedError extends LifecycleConflictError {
  constructor(limitId: string) {
    super('LEDGER.LIMIT_DELETED', 'limit', limitId, detail.deleted('limit', limitId));
  }
}

export class LimitAlreadyActiveError extends LifecycleConflictError {
  constructor(limitId: string) {
    super('LEDGER.LIMIT_ALREADY_ACTIVE', 'limit', limitId, detail.alreadyActive('limit', limitId));
  }
}

/** LIMIT_DEACTIVATED of a limit that is a draft or already inactive. */
export class LimitNotActiveError extends LifecycleConflictError {
  constructor(limitId: string, status: string) {
    super('LEDGER.LIMIT_NOT_ACTIVE', 'limit', limitId, detail.notActive('limit', limitId, status));
  }
}

/** The client's expectedVersion is not the number of events the ledger holds for the limit. */
export class LimitVersionMismatchError extends LifecycleConflictError {
  constructor(limitId: string, expected: number, actual: number) {
    const message = detail.versionMismatch('limit', limitId, expected, actual);
    super('LEDGER.LIMIT_VERSION_MISMATCH', 'limit', limitId, message, [{ path: 'expectedVersion', message }]);
  }
}

/** context.before is not what the ledger holds: one violation per differing path (`context.before.…`). */
export class LimitBeforeMismatchError extends LifecycleConflictError {
  constructor(limitId: string, violations: readonly Violation[]) {
    super('LEDGER.LIMIT_BEFORE_MISMATCH', 'limit', limitId, detail.beforeMismatch('limit', limitId, violations.length), capViolations(violations));
  }
}
