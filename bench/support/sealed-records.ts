import { GENESIS_HASH, sealRecordText } from '#integrity';
import { AUDIT_RECORD_SCHEMA_VERSION, DEFAULT_AUDIT_EVENT_LIMITS, normalizeAuditEvent, type AuditEventInput } from '#ledger-domain';
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
 * The first `count` sample events sealed exactly as the ledger writer seals them (normalized by
 * the domain's own validation, hashed with the integrity lib, chained from the genesis hash),
 * with time-ordered ids like the service's UUID v7 — for the storage ceiling.
 */
export function sealedRows(count: number): StoredRow[] {
  const rows: StoredRow[] = [];
  const createdAt = new Date().toISOString();
  const idPrefix = Date.now().toString(16).padStart(12, '0');
  let previousHash = GENESIS_HASH;
  for (let i = 0; i < count; i++) {
    const draft = normalizeAuditEvent(sampleEvent(i) as unknown as AuditEventInput, DEFAULT_AUDIT_EVENT_LIMITS);
    const counter = i.toString(16).padStart(15, '0');
    const eventId = `${idPrefix.slice(0, 8)}-${idPrefix.slice(8)}-7${counter.slice(0, 3)}-8${counter.slice(3, 6)}-${counter.slice(6).padStart(12, '0')}`;
    const unsealed = { eventId, ledgerId: BENCH_LEDGER, sequence: i + 1, ...draft, createdAt, previousHash };
    const { hash, text } = sealRecordText(unsealed);
    const metadata = { schemaVersion: AUDIT_RECORD_SCHEMA_VERSION, sequence: i + 1, hash, previousHash };
    rows.push({ eventId, type: draft.eventType, data: text, metadata: JSON.stringify(metadata) });
    previousHash = hash;
  }
  return rows;
}
