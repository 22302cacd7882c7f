import { forResourceType } from './for-resource-type.js';
import {
  ResourceAlreadyActiveError,
  ResourceAlreadyExistsError,
  ResourceBeforeMismatchError,
  ResourceDeletedError,
  ResourceNotActiveError,
  ResourceNotDraftError,
  ResourceUnknownError,
  ResourceVersionMismatchError,
} from './resource-conflict-errors.js';
import { ResourceNotFoundError } from './resource-not-found-error.js';

// The rule cases of the resource errors, under their published names (codes LEDGER.RULE_…).
export const RuleNotFoundError = forResourceType(ResourceNotFoundError, 'rule');
export const RuleAlreadyExistsError = forResourceType(ResourceAlreadyExistsError, 'rule');
export const RuleUnknownError = forResourceType(ResourceUnknownError, 'rule');
export const RuleDeletedError = forResourceType(ResourceDeletedError, 'rule');
export const RuleAlreadyActiveError = forResourceType(ResourceAlreadyActiveError, 'rule');
export const RuleNotActiveError = forResourceType(ResourceNotActiveError, 'rule');
export const RuleNotDraftError = forResourceType(ResourceNotDraftError, 'rule');
export const RuleVersionMismatchError = forResourceType(ResourceVersionMismatchError, 'rule');
export const RuleBeforeMismatchError = forResourceType(ResourceBeforeMismatchError, 'rule');
