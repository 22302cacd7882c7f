import { LedgerError } from './ledger-error.js';
import { LifecycleConflictError, lifecycleConflictDetail as detail } from './lifecycle-conflict-error.js';
import { capViolations, type Violation } from './violation.js';

/** A query for a rule this ledger has no history of (404). */
export class RuleNotFoundError extends LedgerError {
  constructor(ruleId: string) {
    super('LEDGER.RULE_NOT_FOUND', `rule ${ruleId} does not exist in this ledger`);
  }
}

/** RULE_CREATED for an id this ledger already holds, even a deleted one. */
export class RuleAlreadyExistsError extends LifecycleConflictError {
  constructor(ruleId: string) {
    super('LEDGER.RULE_ALREADY_EXISTS', 'rule', ruleId, detail.alreadyExists('rule', ruleId));
  }
}

/** A change of a rule that was never created. */
export class RuleUnknownError extends LifecycleConflictError {
  constructor(ruleId: string) {
    super('LEDGER.RULE_UNKNOWN', 'rule', ruleId, detail.unknown('rule', ruleId));
  }
}

/** A change of a deleted rule: deletion is final. */
export class RuleDeletedError extends LifecycleConflictError {
  constructor(ruleId: string) {
    super('LEDGER.RULE_DELETED', 'rule', ruleId, detail.deleted('rule', ruleId));
  }
}

export class RuleAlreadyActiveError extends LifecycleConflictError {
  constructor(ruleId: string) {
    super('LEDGER.RULE_ALREADY_ACTIVE', 'rule', ruleId, detail.alreadyActive('rule', ruleId));
  }
}

/** RULE_DEACTIVATED of a rule that is a draft or already inactive. */
export class RuleNotActiveError extends LifecycleConflictError {
  constructor(ruleId: string, status: string) {
    super('LEDGER.RULE_NOT_ACTIVE', 'rule', ruleId, detail.notActive('rule', ruleId, status));
  }
}

/** The client's expectedVersion is not the number of events the ledger holds for the rule. */
export class RuleVersionMismatchError extends LifecycleConflictError {
  constructor(ruleId: string, expected: number, actual: number) {
    const message = detail.versionMismatch('rule', ruleId, expected, actual);
    super('LEDGER.RULE_VERSION_MISMATCH', 'rule', ruleId, message, [{ path: 'expectedVersion', message }]);
  }
}

/** context.before is not what the ledger holds: one violation per differing path (`context.before.…`). */
export class RuleBeforeMismatchError extends LifecycleConflictError {
  constructor(ruleId: string, violations: readonly Violation[]) {
    super('LEDGER.RULE_BEFORE_MISMATCH', 'rule', ruleId, detail.beforeMismatch('rule', ruleId, violations.length), capViolations(violations));
  }
}
