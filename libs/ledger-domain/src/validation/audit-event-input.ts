import type { AuditActor } from '../audit-record.js';
import type { JsonObject } from '../json-value.js';

/** What a client may send for one event (resourceType and action are filled in for known types). */
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

/** Bounds on one event. */
export interface AuditEventLimits {
  /** UTF-8 bytes of the whole record as JSON. */
  maxRecordBytes: number;
  /** Nesting levels inside context and metadata. */
  maxDepth: number;
  /** Length of any string inside context and metadata, and of member names. */
  maxStringLength: number;
}

export const DEFAULT_AUDIT_EVENT_LIMITS: AuditEventLimits = {
  maxRecordBytes: 256 * 1024,
  maxDepth: 16,
  maxStringLength: 64 * 1024,
};
