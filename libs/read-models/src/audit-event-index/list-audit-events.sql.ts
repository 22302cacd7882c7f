import type { Database } from 'better-sqlite3';
import type { AuditRecord } from '#ledger-domain';
import { EQUALITY_FILTERS, type AuditEventListFilter, type AuditEventPage } from './audit-event-list-filter.js';
import { cachedStatement } from '../projector/cached-statement.js';
import { decodeCursor, encodeCursor, filterDigest } from './list-cursor.js';
import { sequenceRange } from './sequence-range.sql.js';

const EMPTY: AuditEventPage = { auditEvents: [], hasMore: false, nextCursor: null };

/**
 * A filtered page of `table` (see createAuditEventTables) in sequence order. A date range becomes
 * a sequence range first (createdAt never decreases along a ledger), so every query is an index
 * range scan ordered by sequence.
 * @throws InvalidCursorError for a garbled cursor or one issued for other filters or order.
 * @throws RangeError when `limit` is not an integer in 1..1000.
 */
export function listAuditEvents(db: Database, table: string, ledgerId: string, filter: AuditEventListFilter): AuditEventPage {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) {
    throw new RangeError(`limit must be an integer in 1..1000, got ${filter.limit}`);
  }
  const query = buildListQuery(db, table, ledgerId, filter);
  if (query === null) return EMPTY;
  const rows = cachedStatement(db, query.sql).all(...query.params) as { sequence: number; record: string }[];
  const hasMore = rows.length > filter.limit;
  const page = hasMore ? rows.slice(0, filter.limit) : rows;
  const last = page[page.length - 1];
  return {
    auditEvents: page.map((row) => JSON.parse(row.record) as AuditRecord),
    hasMore,
    nextCursor: hasMore && last ? encodeCursor({ s: last.sequence, o: filter.sortOrder, f: filterDigest(filter) }) : null,
  };
}

/**
 * The page's SQL. The index is named (INDEXED BY): left to itself SQLite prefers walking the
 * primary key in sequence order and filtering, which is a full scan of the ledger for a rare value.
 * Null when the date range selects nothing.
 */
export function buildListQuery(
  db: Database,
  table: string,
  ledgerId: string,
  filter: AuditEventListFilter,
): { sql: string; params: unknown[] } | null {
  const cursor = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor, filter);
  const where = ['ledger_id = ?'];
  const params: unknown[] = [ledgerId];
  for (const [key, column] of EQUALITY_FILTERS) {
    const value = filter[key];
    if (value !== undefined) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  }
  const range = sequenceRange(db, table, ledgerId, filter, cachedStatement);
  if (range === null) return null;
  const from = maxDefined(range.from, filter.fromSequence);
  const to = minDefined(range.to, filter.toSequence);
  if (from !== undefined) {
    where.push('sequence >= ?');
    params.push(from);
  }
  if (to !== undefined) {
    where.push('sequence <= ?');
    params.push(to);
  }
  if (cursor) {
    where.push(filter.sortOrder === 'ASC' ? 'sequence > ?' : 'sequence < ?');
    params.push(cursor.s);
  }
  const column = INDEX_PREFERENCE.find((key) => filter[key] !== undefined);
  const indexedBy = column ? ` INDEXED BY ${table}_${EQUALITY_COLUMN[column]}` : '';
  const sql = `SELECT sequence, record FROM ${table}${indexedBy} WHERE ${where.join(' AND ')} ORDER BY sequence ${filter.sortOrder} LIMIT ?`;
  return { sql, params: [...params, filter.limit + 1] };
}

const maxDefined = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const minDefined = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Most selective first: the filter whose index answers a combination. */
const INDEX_PREFERENCE = [
  'resourceId',
  'actorId',
  'eventType',
  'resourceType',
  'category',
  'source',
  'action',
  'result',
  'actorType',
] as const satisfies readonly (typeof EQUALITY_FILTERS)[number][0][];

const EQUALITY_COLUMN = Object.fromEntries(EQUALITY_FILTERS) as Record<(typeof EQUALITY_FILTERS)[number][0], string>;
