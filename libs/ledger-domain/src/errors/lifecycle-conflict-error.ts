import type { LifecycleResourceType } from '../lifecycle/lifecycle-state.js';
import type { LedgerErrorCode } from './ledger-error-codes.js';
import { LedgerError } from './ledger-error.js';
import { prefixViolations, type Violation } from './violation.js';

/**
 * A lifecycle event of a rule or limit that the ledger refuses to record (409): the resource's
 * history does not allow it. Names the resource, so that a batch can say which event was refused.
 */
export abstract class LifecycleConflictError extends LedgerError {
  protected constructor(
    code: LedgerErrorCode,
    readonly resourceType: LifecycleResourceType,
    readonly resourceId: string,
    detail: string,
    violations: readonly Violation[] = [{ path: 'resourceId', message: detail }],
  ) {
    super(code, detail, violations);
  }

  /**
   * The same refusal as seen from a batch: an error of the same class and code whose message
   * starts `events[index]: ` and whose violation paths start `events[index].`. This error is left as it is.
   */
  atBatchIndex(index: number): this {
    const prefix = `events[${index}]`;
    const message = `${prefix}: ${this.message}`;
    // A copy rather than a new instance: subclass constructors take different arguments.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this)) as this, this, {
      violations: prefixViolations(prefix, this.violations),
    });
    Object.defineProperties(copy, {
      message: { value: message, writable: true, configurable: true },
      stack: { value: this.stack?.replace(this.message, () => message), writable: true, configurable: true },
    });
    return copy;
  }
}

/** The details of the refusals, shared by rules and limits. */
export const lifecycleConflictDetail = {
  alreadyExists: (type: LifecycleResourceType, id: string) =>
    `${type} ${id} already exists in this ledger; ids are never reused, not even after deletion`,
  unknown: (type: LifecycleResourceType, id: string) => `${type} ${id} was never created in this ledger`,
  deleted: (type: LifecycleResourceType, id: string) => `${type} ${id} is deleted; a deleted ${type} never changes again`,
  alreadyActive: (type: LifecycleResourceType, id: string) => `${type} ${id} is already active`,
  notActive: (type: LifecycleResourceType, id: string, status: string) =>
    `${type} ${id} is not active (it is ${status}); only an active ${type} can be deactivated`,
  versionMismatch: (type: LifecycleResourceType, id: string, expected: number, actual: number) =>
    `${type} ${id} is at version ${actual}, not at the expected version ${expected}; reload it and retry`,
  beforeMismatch: (type: LifecycleResourceType, id: string, differences: number) =>
    `context.before of ${type} ${id} differs from the state the ledger holds (${differences} ${differences === 1 ? 'difference' : 'differences'}); ` +
    `an earlier change of that ${type} was probably never recorded`,
};
