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

/**
 * The record exactly as the API serves it once stored: top-level members in the documented order,
 * every nested object's members in the order a parse of the stored (RFC 8785) text gives them —
 * keys sorted by UTF-16 code units, then placed as JavaScript orders properties (integer-like keys
 * first). So the answer to a POST is byte for byte what GET serves afterwards.
 */
export function inServedOrder(record: AuditRecord): AuditRecord {
  const ordered = inWireOrder(record) as unknown as Record<string, unknown>;
  for (const member of Object.keys(ordered)) ordered[member] = inCanonicalOrder(ordered[member]);
  return ordered as unknown as AuditRecord;
}

function inCanonicalOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inCanonicalOrder);
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) ordered[key] = inCanonicalOrder(source[key]);
  return ordered;
}
