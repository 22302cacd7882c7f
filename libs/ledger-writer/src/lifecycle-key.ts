import { lifecycleOf, type AuditEventDraft } from '#ledger-domain';
import type { LifecycleKey } from './lifecycle-states.js';

/** The rule or limit a draft changes, or undefined for other events (validations, custom types). */
export function lifecycleKeyOf(draft: AuditEventDraft): LifecycleKey | undefined {
  const lifecycle = lifecycleOf(draft.eventType);
  return lifecycle && { resourceType: lifecycle.resourceType, resourceId: draft.resourceId };
}

/** One string per resource, for maps. */
export function lifecycleKeyString(key: LifecycleKey): string {
  return `${key.resourceType}\u0000${key.resourceId}`;
}
