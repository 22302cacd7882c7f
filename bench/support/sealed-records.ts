import { DEFAULT_AUDIT_EVENT_LIMITS, normalizeAuditEvent, type AuditEventInput } from '#ledger-domain';
import { EMPTY_CHAIN_TAIL, sealAuditRecords } from '#ledger-writer';
import { BENCH_LEDGER } from './bench-api.js';
import { sampleEvent } from './sample-events.js';

/** One row of the log as the service writes it (the SQLite store's `events` columns). */
export interface StoredRow {
  eventId: string;
  type: string;
  /** The record's storage text: `{"hash":…` then the RFC 8785 bytes that were hashed. */
  data: string;
  /** LedgerEventMetadata as JSON. */
  metadata: string;
}

/**
 * The first `count` sample events sealed by the ledger writer's own `sealAuditRecords` (normalized by
 * the domain's own validation, chained from the genesis hash),
 * with time-ordered ids like the service's UUID v7 — for the storage ceiling.
 */
export function sealedRows(count: number): StoredRow[] {
  const createdAt = new Date().toISOString();
  const idPrefix = Date.now().toString(16).padStart(12, '0');
  let i = 0;
  const nextId = () => {
    const counter = (i++).toString(16).padStart(15, '0');
    return `${idPrefix.slice(0, 8)}-${idPrefix.slice(8)}-7${counter.slice(0, 3)}-8${counter.slice(3, 6)}-${counter.slice(6).padStart(12, '0')}`;
  };
  const drafts = Array.from({ length: count }, (_, n) => normalizeAuditEvent(sampleEvent(n) as unknown as AuditEventInput, DEFAULT_AUDIT_EVENT_LIMITS));
  const { events } = sealAuditRecords({ ledgerId: BENCH_LEDGER, drafts, tail: EMPTY_CHAIN_TAIL, createdAt, nextId });
  return events.map((event) => ({ eventId: event.eventId, type: event.type, data: event.dataText!, metadata: JSON.stringify(event.metadata) }));
}
