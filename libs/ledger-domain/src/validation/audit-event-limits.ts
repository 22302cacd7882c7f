/** Bounds on one audit event; every refusal names the bound it broke. */
export interface AuditEventLimits {
  /** UTF-8 bytes of JSON.stringify of the normalized event (the ledger then adds ~300 bytes of its own members). */
  maxRecordBytes: number;
  /** Nesting levels of objects and arrays in context and metadata, counting context/metadata itself as level 1. */
  maxDepth: number;
  /** Characters (UTF-16 units) of any string or member name inside context and metadata. */
  maxStringLength: number;
  /** Members of one object, or elements of one array, inside context and metadata. */
  maxEntries: number;
}

export const DEFAULT_AUDIT_EVENT_LIMITS: Readonly<AuditEventLimits> = Object.freeze({
  maxRecordBytes: 256 * 1024,
  maxDepth: 16,
  maxStringLength: 64 * 1024,
  maxEntries: 10_000,
});

/**
 * Maximum characters of each text member of an event; the HTTP DTO states the same bounds.
 * `result` is also what a custom event type's free-text result may use.
 */
export const TEXT_MEMBER_MAX_LENGTHS = {
  category: 64,
  source: 128,
  resourceType: 64,
  resourceId: 256,
  action: 64,
  result: 32,
  description: 4096,
  'actor.id': 256,
  'actor.name': 256,
  'actor.role': 128,
  'actor.ipAddress': 64,
} as const;
