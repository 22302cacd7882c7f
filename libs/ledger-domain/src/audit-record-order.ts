import type { AuditRecord } from './audit-record.js';

/** The documented member order of a record (docs/INTEGRITY.md); hashing does not depend on it. */
const ORDER = [
  'eventId', 'ledgerId', 'sequence', 'eventType', 'category', 'source', 'resourceType', 'resourceId', 'action',
  'result', 'description', 'actor', 'context', 'metadata', 'occurredAt', 'createdAt', 'previousHash', 'hash',
] as const;

/**
 * The same record with its members in the documented order, for people reading the API. The
 * stored text keeps `hash` first (see sealRecordText), so a record parsed from the log needs this.
 */
export function inWireOrder(record: AuditRecord): AuditRecord {
  const source = record as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const member of ORDER) if (source[member] !== undefined) ordered[member] = source[member];
  return ordered as unknown as AuditRecord;
}
