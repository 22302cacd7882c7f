import type { Database } from 'better-sqlite3';
import type { AuditRecord } from '#ledger-domain';
import type { ValidationTables } from '../validation-index/validation-index.schema.js';
import type { AuditEventListFilter, AuditEventPage } from './audit-event-list-filter.js';
import { cachedStatement } from '../projector/cached-statement.js';
import { decodeCursor, encodeCursor, filterDigest } from './list-cursor.js';
import { listByEventType } from './list-by-event-type.sql.js';
import { pageQuery, pageRows } from './page-query.sql.js';
import { sequenceRange } from './sequence-range.sql.js';

const EMPTY: AuditEventPage = { auditEvents: [], hasMore: false, nextCursor: null };

/**
 * A filtered page of `table` (see createAuditEventTables). A date range becomes a sequence range
 * first (createdAt never decreases along a ledger), so every query is an index range scan ordered
 * by sequence; sorted by event type, one such scan per type (listByEventType).
 * `validations` are the ValidationIndex's live tables, for the validation filters.
 * @throws InvalidCursorError for a garbled cursor or one issued for other filters, order or sort.
 * @throws RangeError when `limit` is not an integer in 1..1000.
 */
export function listAuditEvents(
  db: Database,
  table: string,
  ledgerId: string,
  filter: AuditEventListFilter,
  validations?: ValidationTables,
): AuditEventPage {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) {
    throw new RangeError(`limit must be an integer in 1..1000, got ${filter.limit}`);
  }
  const cursor = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, filter);
  const range = sequenceRange(db, table, ledgerId, filter, cachedStatement);
  if (range === null) return EMPTY;
  const rows =
    filter.sortBy === 'event_type'
      ? listByEventType(db, table, ledgerId, filter, { range, cursor, validations })
      : pageRows(db, pageQuery(table, ledgerId, filter, { range, after: cursor?.s, rows: filter.limit + 1, validations }));
  const hasMore = rows.length > filter.limit;
  const page = hasMore ? rows.slice(0, filter.limit) : rows;
  const last = page[page.length - 1];
  const byType = filter.sortBy === 'event_type' && last ? { t: last.event_type } : {};
  return {
    auditEvents: page.map((row) => JSON.parse(row.record) as AuditRecord),
    hasMore,
    nextCursor: hasMore && last ? encodeCursor({ s: last.sequence, o: filter.sortOrder, f: filterDigest(filter), ...byType }) : null,
  };
}

/** The first page's SQL in ledger order (for query-plan checks); null when the date range selects nothing. */
export function buildListQuery(
  db: Database,
  table: string,
  ledgerId: string,
  filter: AuditEventListFilter,
  validations?: ValidationTables,
): { sql: string; params: unknown[] } | null {
  const cursor = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, filter);
  const range = sequenceRange(db, table, ledgerId, filter, cachedStatement);
  return range === null ? null : pageQuery(table, ledgerId, filter, { range, after: cursor?.s, rows: filter.limit + 1, validations });
}
