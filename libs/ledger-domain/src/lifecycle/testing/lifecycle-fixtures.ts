import type { AuditEventDraft } from '../../audit-record.js';
import type { JsonObject } from '../../json-value.js';
import type { LifecycleEvent } from '../lifecycle-event.js';
import { lifecycleOf } from '../lifecycle-of.js';
import type { LifecycleResourceType } from '../lifecycle-state.js';

/** Valid attributes of each resource type, with scopes to diff. */
export const ATTRIBUTES = {
  rule: { name: 'High-value PIX at night', expression: 'amount > 5000', action: 'DENY', scopes: [{ portfolioId: 'p-1' }, { portfolioId: 'p-2' }] },
  limit: { limitType: 'DAILY', maxAmount: '10000.00', currency: 'BRL', scopes: ['seg-1'] },
} as const satisfies Record<LifecycleResourceType, JsonObject>;

/** A normalized draft of a lifecycle event, as normalizeAuditEvent would return it. */
export function lifecycleDraft(eventType: string, resourceId: string, context: JsonObject, result = 'SUCCESS'): AuditEventDraft {
  const lifecycle = lifecycleOf(eventType);
  if (lifecycle === undefined) throw new Error(`${eventType} is not a lifecycle event type`);
  const { resourceType, action } = lifecycle;
  return { eventType, resourceType, resourceId, action, result, actor: { id: 'ana', actorType: 'user' }, context, metadata: {} };
}

/** Drafts of every lifecycle step of one rule or limit (`rule-1` / `limit-1` unless named). */
export function draftsOf(resourceType: LifecycleResourceType, resourceId = `${resourceType}-1`) {
  const prefix = resourceType.toUpperCase();
  const attributes = JSON.parse(JSON.stringify(ATTRIBUTES[resourceType])) as JsonObject;
  const draft = (step: string, context: JsonObject) => lifecycleDraft(`${prefix}_${step}`, resourceId, context);
  return {
    resourceId,
    attributes,
    created: (after: JsonObject = attributes) => draft('CREATED', { after }),
    updated: (before: JsonObject, after: JsonObject) => draft('UPDATED', { before, after }),
    activated: () => draft('ACTIVATED', {}),
    deactivated: () => draft('DEACTIVATED', {}),
    drafted: (after: JsonObject = attributes) => draft('DRAFTED', { after }),
    deleted: (before: JsonObject) => draft('DELETED', { before }),
  };
}

/** The same draft as a failed attempt. */
export const failed = (draft: AuditEventDraft): AuditEventDraft => ({ ...draft, result: 'FAILED' });

/** The drafts as the ledger seals them: sequence 1, 2, …, one second apart from 2026-03-01T10:00:00.000Z. */
export function recorded(...drafts: AuditEventDraft[]): LifecycleEvent[] {
  return drafts.map((draft, index) => sealedAt(draft, index + 1));
}

/** One draft sealed as record `sequence`, with eventId `evt-<sequence>`. */
export function sealedAt(draft: AuditEventDraft, sequence: number): LifecycleEvent {
  const { eventType, resourceType, resourceId, result, context } = draft;
  const seconds = sequence - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const createdAt = `2026-03-01T${pad(10 + Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}.000Z`;
  return { eventId: `evt-${sequence}`, sequence, eventType, resourceType, resourceId, result, context, createdAt };
}
