import { resourceError } from '../errors/for-resource-type.js';
import {
  ResourceAlreadyActiveError,
  ResourceAlreadyExistsError,
  ResourceDeletedError,
  ResourceNotActiveError,
  ResourceNotDraftError,
  ResourceUnknownError,
} from '../errors/resource-conflict-errors.js';
import type { LifecycleAction } from './lifecycle-of.js';
import type { LifecycleState } from './lifecycle-state.js';

/**
 * Refuses a successful `action` that the resource's status does not allow. CREATE needs an id
 * never created (deleted ids are not reused); every other action needs an existing, non-deleted
 * resource; ACTIVATE needs DRAFT or INACTIVE; DEACTIVATE needs ACTIVE; DRAFT (a draft revision)
 * needs DRAFT. UPDATE and DELETE keep any other status (their before-image is checked apart).
 * @throws LifecycleConflictError: Resource{AlreadyExists,Unknown,Deleted,AlreadyActive,NotActive,NotDraft}Error of the state's resource type.
 */
export function checkLifecycleTransition(action: LifecycleAction, state: LifecycleState): void {
  const { resourceType: type, resourceId: id, status } = state;
  if (action === 'CREATE') {
    if (status !== undefined) throw resourceError(ResourceAlreadyExistsError, type, id);
    return;
  }
  if (status === undefined) throw resourceError(ResourceUnknownError, type, id);
  if (status === 'DELETED') throw resourceError(ResourceDeletedError, type, id);
  switch (action) {
    case 'ACTIVATE':
      if (status === 'ACTIVE') throw resourceError(ResourceAlreadyActiveError, type, id);
      return;
    case 'DEACTIVATE':
      if (status !== 'ACTIVE') throw resourceError(ResourceNotActiveError, type, id, status);
      return;
    case 'DRAFT':
      if (status !== 'DRAFT') throw resourceError(ResourceNotDraftError, type, id, status);
      return;
    case 'UPDATE':
    case 'DELETE':
      return;
    default: {
      const unknown: never = action;
      throw new Error(`unhandled lifecycle action ${String(unknown)}`);
    }
  }
}
