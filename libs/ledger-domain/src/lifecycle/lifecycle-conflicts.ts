import * as limit from '../errors/limit-errors.js';
import type { LifecycleConflictError } from '../errors/lifecycle-conflict-error.js';
import * as rule from '../errors/rule-errors.js';
import type { Violation } from '../errors/violation.js';
import type { LifecycleResourceType } from './lifecycle-state.js';

/** The refusals of one resource type, so that the decider is written once for rules and limits. */
export interface LifecycleConflicts {
  alreadyExists(id: string): LifecycleConflictError;
  unknown(id: string): LifecycleConflictError;
  deleted(id: string): LifecycleConflictError;
  alreadyActive(id: string): LifecycleConflictError;
  notActive(id: string, status: string): LifecycleConflictError;
  versionMismatch(id: string, expected: number, actual: number): LifecycleConflictError;
  beforeMismatch(id: string, violations: readonly Violation[]): LifecycleConflictError;
}

export const LIFECYCLE_CONFLICTS: Readonly<Record<LifecycleResourceType, LifecycleConflicts>> = {
  rule: {
    alreadyExists: (id) => new rule.RuleAlreadyExistsError(id),
    unknown: (id) => new rule.RuleUnknownError(id),
    deleted: (id) => new rule.RuleDeletedError(id),
    alreadyActive: (id) => new rule.RuleAlreadyActiveError(id),
    notActive: (id, status) => new rule.RuleNotActiveError(id, status),
    versionMismatch: (id, expected, actual) => new rule.RuleVersionMismatchError(id, expected, actual),
    beforeMismatch: (id, violations) => new rule.RuleBeforeMismatchError(id, violations),
  },
  limit: {
    alreadyExists: (id) => new limit.LimitAlreadyExistsError(id),
    unknown: (id) => new limit.LimitUnknownError(id),
    deleted: (id) => new limit.LimitDeletedError(id),
    alreadyActive: (id) => new limit.LimitAlreadyActiveError(id),
    notActive: (id, status) => new limit.LimitNotActiveError(id, status),
    versionMismatch: (id, expected, actual) => new limit.LimitVersionMismatchError(id, expected, actual),
    beforeMismatch: (id, violations) => new limit.LimitBeforeMismatchError(id, violations),
  },
};
