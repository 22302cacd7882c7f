import * as limit from '../../errors/limit-errors.js';
import * as rule from '../../errors/rule-errors.js';
import type { LifecycleResourceType } from '../lifecycle-state.js';

/** The conflict classes and code prefix of each resource type, for specs written once for both. */
export const CONFLICTS_OF = {
  rule: {
    code: 'LEDGER.RULE',
    AlreadyExists: rule.RuleAlreadyExistsError,
    Unknown: rule.RuleUnknownError,
    Deleted: rule.RuleDeletedError,
    AlreadyActive: rule.RuleAlreadyActiveError,
    NotActive: rule.RuleNotActiveError,
    NotDraft: rule.RuleNotDraftError,
    VersionMismatch: rule.RuleVersionMismatchError,
    BeforeMismatch: rule.RuleBeforeMismatchError,
  },
  limit: {
    code: 'LEDGER.LIMIT',
    AlreadyExists: limit.LimitAlreadyExistsError,
    Unknown: limit.LimitUnknownError,
    Deleted: limit.LimitDeletedError,
    AlreadyActive: limit.LimitAlreadyActiveError,
    NotActive: limit.LimitNotActiveError,
    NotDraft: limit.LimitNotDraftError,
    VersionMismatch: limit.LimitVersionMismatchError,
    BeforeMismatch: limit.LimitBeforeMismatchError,
  },
} as const satisfies Record<LifecycleResourceType, object>;

export const RESOURCE_TYPES: readonly LifecycleResourceType[] = ['rule', 'limit'];
