import type { LifecycleResourceType } from '../lifecycle/lifecycle-state.js';
import { LifecycleConflictError } from './lifecycle-conflict-error.js';
import { capViolations, type Violation } from './violation.js';

// The refusals of a rule or limit lifecycle event (409), each written once for both resource
// types; the code is `LEDGER.<RULE|LIMIT>_<refusal>`. They are abstract: an error is made with
// `resourceError(ResourceUnknownError, type, id)`, whose class is RuleUnknownError or LimitUnknownError.

/** A CREATED event for an id this ledger already holds, even a deleted one. */
export abstract class ResourceAlreadyExistsError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string) {
    super('ALREADY_EXISTS', type, id, `${type} ${id} already exists in this ledger; ids are never reused, not even after deletion`);
  }
}

/** A change of a resource that was never created. */
export abstract class ResourceUnknownError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string) {
    super('UNKNOWN', type, id, `${type} ${id} was never created in this ledger`);
  }
}

/** A change of a deleted resource: deletion is final. */
export abstract class ResourceDeletedError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string) {
    super('DELETED', type, id, `${type} ${id} is deleted; a deleted ${type} never changes again`);
  }
}

/** An ACTIVATED event of a resource that is already active. */
export abstract class ResourceAlreadyActiveError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string) {
    super('ALREADY_ACTIVE', type, id, `${type} ${id} is already active`);
  }
}

/** A DEACTIVATED event of a resource that is a draft or already inactive. */
export abstract class ResourceNotActiveError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string, status: string) {
    super('NOT_ACTIVE', type, id, `${type} ${id} is not active (it is ${status}); only an active ${type} can be deactivated`);
  }
}

/** A DRAFTED event (a draft revision) of a resource that is active or inactive: only a draft is revised as a draft. */
export abstract class ResourceNotDraftError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string, status: string) {
    super('NOT_DRAFT', type, id, `${type} ${id} is not a draft (it is ${status}); a draft revision is recorded only while the ${type} is DRAFT`);
  }
}

/** The client's expectedVersion is not the number of events the ledger holds for the resource. */
export abstract class ResourceVersionMismatchError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string, expected: number, actual: number) {
    const message = `${type} ${id} is at version ${actual}, not at the expected version ${expected}; reload it and retry`;
    super('VERSION_MISMATCH', type, id, message, [{ path: 'expectedVersion', message }]);
  }
}

/** context.before is not what the ledger holds: one violation per differing path (`context.before.…`). */
export abstract class ResourceBeforeMismatchError extends LifecycleConflictError {
  constructor(type: LifecycleResourceType, id: string, violations: readonly Violation[]) {
    const differences = `${violations.length} ${violations.length === 1 ? 'difference' : 'differences'}`;
    const message =
      `context.before of ${type} ${id} differs from the state the ledger holds (${differences}); ` +
      `an earlier change of that ${type} was probably never recorded`;
    super('BEFORE_MISMATCH', type, id, message, capViolations(violations));
  }
}
