import { LIFECYCLE_CONFLICTS } from './lifecycle-conflicts.js';
import type { LifecycleAction } from './lifecycle-of.js';
import type { LifecycleState } from './lifecycle-state.js';

/**
 * Refuses a successful `action` that the resource's status does not allow. CREATE needs an id
 * never created (deleted ids are not reused); every other action needs an existing, non-deleted
 * resource; ACTIVATE needs DRAFT or INACTIVE; DEACTIVATE needs ACTIVE. UPDATE and DELETE keep
 * any other status (their before-image is checked apart).
 * @throws LifecycleConflictError (the resource type's AlreadyExists, Unknown, Deleted, AlreadyActive or NotActive).
 */
export function checkLifecycleTransition(action: LifecycleAction, state: LifecycleState): void {
  const conflicts = LIFECYCLE_CONFLICTS[state.resourceType];
  const { resourceId: id, status } = state;
  if (action === 'CREATE') {
    if (status !== undefined) throw conflicts.alreadyExists(id);
    return;
  }
  if (status === undefined) throw conflicts.unknown(id);
  if (status === 'DELETED') throw conflicts.deleted(id);
  switch (action) {
    case 'ACTIVATE':
      if (status === 'ACTIVE') throw conflicts.alreadyActive(id);
      return;
    case 'DEACTIVATE':
      if (status !== 'ACTIVE') throw conflicts.notActive(id, status);
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
