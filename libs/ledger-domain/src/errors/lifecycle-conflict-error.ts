import type { LifecycleResourceType } from '../lifecycle/lifecycle-state.js';
import { LedgerError } from './ledger-error.js';
import { resourceErrorCode, type ResourceErrorSuffix } from './resource-error-code.js';
import { prefixViolations, type Violation } from './violation.js';

/**
 * A lifecycle event of a rule or limit that the ledger refuses to record (409): the resource's
 * history does not allow it. Names the resource, so that a batch can say which event was refused;
 * its code is the registered `LEDGER.<RULE|LIMIT>_<suffix>` of the resource type.
 */
export abstract class LifecycleConflictError extends LedgerError {
  protected constructor(
    suffix: ResourceErrorSuffix,
    readonly resourceType: LifecycleResourceType,
    readonly resourceId: string,
    detail: string,
    violations: readonly Violation[] = [{ path: 'resourceId', message: detail }],
  ) {
    super(resourceErrorCode(resourceType, suffix), detail, violations);
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
