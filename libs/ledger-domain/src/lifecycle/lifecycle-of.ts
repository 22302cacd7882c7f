import { knownEventType } from '../event-types/known-event-types.js';
import type { LifecycleResourceType } from './lifecycle-state.js';

export type LifecycleAction = 'CREATE' | 'UPDATE' | 'ACTIVATE' | 'DEACTIVATE' | 'DRAFT' | 'DELETE';

/** Which resource type an event type changes, and how. */
export interface LifecycleOf {
  resourceType: LifecycleResourceType;
  action: LifecycleAction;
}

/**
 * The lifecycle step an event type stands for (`RULE_ACTIVATED` → rule ACTIVATE); undefined for
 * TRANSACTION_VALIDATED, custom types and any other string.
 */
export function lifecycleOf(eventType: string): LifecycleOf | undefined {
  const known = knownEventType(eventType);
  if (known === undefined || known.resourceType === 'transaction' || known.action === 'VALIDATE') return undefined;
  return { resourceType: known.resourceType, action: known.action };
}
