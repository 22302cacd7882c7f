import type { Database, Statement } from 'better-sqlite3';
import type { AuditEventListFilter } from './audit-event-list-filter.js';
import { toCreatedAtInstant } from './rfc3339-instant.js';

/** An inclusive range of sequences; an absent end is open. */
export interface SequenceRange {
  from?: number;
  to?: number;
}

/**
 * The sequences whose createdAt lies in [startDate, endDate), found on the (ledger_id, created_at)
 * index: createdAt never decreases along a ledger, so the range is contiguous — intersected with
 * [fromSequence, toSequence] (the export's and the event stream's range). Null when it is
 * empty. Dates are compared as the ledger writes them (RFC 3339 UTC with milliseconds).
 * @throws RangeError for a date that does not parse.
 */
export function sequenceRange(
  db: Database,
  table: string,
  ledgerId: string,
  filter: Pick<AuditEventListFilter, 'startDate' | 'endDate' | 'fromSequence' | 'toSequence'>,
  prepare: (db: Database, sql: string) => Statement<unknown[]>,
): SequenceRange | null {
  const range: SequenceRange = { from: filter.fromSequence, to: filter.toSequence };
  if (filter.startDate !== undefined) {
    const sql = `SELECT sequence FROM ${table} WHERE ledger_id = ? AND created_at >= ? ORDER BY created_at, sequence LIMIT 1`;
    const from = prepare(db, sql).pluck().get(ledgerId, toCreatedAtInstant(filter.startDate)) as number | undefined;
    if (from === undefined) return null;
    range.from = Math.max(from, range.from ?? from);
  }
  if (filter.endDate !== undefined) {
    const sql = `SELECT sequence FROM ${table} WHERE ledger_id = ? AND created_at < ? ORDER BY created_at DESC, sequence DESC LIMIT 1`;
    const to = prepare(db, sql).pluck().get(ledgerId, toCreatedAtInstant(filter.endDate)) as number | undefined;
    if (to === undefined) return null;
    range.to = Math.min(to, range.to ?? to);
  }
  return range.from !== undefined && range.to !== undefined && range.from > range.to ? null : range;
}
