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

// The limit cases of the resource errors, under their published names (codes LEDGER.LIMIT_…).
export const LimitNotFoundError = forResourceType(ResourceNotFoundError, 'limit');
export const LimitAlreadyExistsError = forResourceType(ResourceAlreadyExistsError, 'limit');
export const LimitUnknownError = forResourceType(ResourceUnknownError, 'limit');
export const LimitDeletedError = forResourceType(ResourceDeletedError, 'limit');
export const LimitAlreadyActiveError = forResourceType(ResourceAlreadyActiveError, 'limit');
export const LimitNotActiveError = forResourceType(ResourceNotActiveError, 'limit');
export const LimitNotDraftError = forResourceType(ResourceNotDraftError, 'limit');
export const LimitVersionMismatchError = forResourceType(ResourceVersionMismatchError, 'limit');
export const LimitBeforeMismatchError = forResourceType(ResourceBeforeMismatchError, 'limit');
