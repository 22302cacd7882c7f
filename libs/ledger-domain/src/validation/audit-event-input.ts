import type { AuditActor } from '../audit-record.js';
import type { JsonObject } from '../json-value.js';

/**
 * What a client may send for one event: the members of an AuditEventDraft, with resourceType and
 * action optional (filled in for known event types) and metadata optional (defaults to `{}`).
 */
export interface AuditEventInput {
  eventType: string;
  category?: string;
  source?: string;
  resourceType?: string;
  resourceId: string;
  action?: string;
  result: string;
  description?: string;
  actor: AuditActor;
  context: JsonObject;
  metadata?: JsonObject;
  occurredAt?: string;
}

/** Every member an AuditEventInput may have, in the order of the record (docs/INTEGRITY.md). */
export const AUDIT_EVENT_INPUT_MEMBERS = [
  'eventType', 'category', 'source', 'resourceType', 'resourceId', 'action',
  'result', 'description', 'actor', 'context', 'metadata', 'occurredAt',
] as const satisfies readonly (keyof AuditEventInput)[];
