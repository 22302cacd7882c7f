import type { Database, Statement } from 'better-sqlite3';
import type { AuditRecord } from '#ledger-domain';
import { AUDIT_EVENTS_TABLE } from './audit-event-index.schema.js';
import { EQUALITY_FILTERS, type AuditEventListFilter, type AuditEventPage } from './audit-event-list-filter.js';
import { decodeCursor, encodeCursor, filterDigest } from './list-cursor.js';

const EMPTY: AuditEventPage = { auditEvents: [], hasMore: false, nextCursor: null };

/**
 * A filtered page in sequence order. A date range becomes a sequence range first (createdAt
 * never decreases along a ledger), so every query is an index range scan ordered by sequence.
 */
export function listAuditEvents(db: Database, ledgerId: string, filter: AuditEventListFilter): AuditEventPage {
  const query = buildListQuery(db, ledgerId, filter);
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
export function buildListQuery(db: Database, ledgerId: string, filter: AuditEventListFilter): { sql: string; params: unknown[] } | null {
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
  const range = sequenceRange(db, ledgerId, filter);
  if (range === null) return null;
  if (range.from !== undefined) {
    where.push('sequence >= ?');
    params.push(range.from);
  }
  if (range.to !== undefined) {
    where.push('sequence <= ?');
    params.push(range.to);
  }
  if (cursor) {
    where.push(filter.sortOrder === 'ASC' ? 'sequence > ?' : 'sequence < ?');
    params.push(cursor.s);
  }
  const index = chooseIndex(filter);
  const sql =
    `SELECT sequence, record FROM ${AUDIT_EVENTS_TABLE}${index ? ` INDEXED BY ${index}` : ''} ` +
    `WHERE ${where.join(' AND ')} ORDER BY sequence ${filter.sortOrder} LIMIT ?`;
  return { sql, params: [...params, filter.limit + 1] };
}

/** Most selective first: the index whose equality prefix the filter fills. */
const INDEX_PREFERENCE: readonly [(f: AuditEventListFilter) => boolean, string][] = [
  [(f) => f.resourceId !== undefined, 'audit_events_resource_id'],
  [(f) => f.actorId !== undefined, 'audit_events_actor_id'],
  [(f) => f.eventType !== undefined, 'audit_events_event_type'],
  [(f) => f.resourceType !== undefined, 'audit_events_resource_type'],
  [(f) => f.category !== undefined, 'audit_events_category'],
  [(f) => f.source !== undefined, 'audit_events_source'],
  [(f) => f.action !== undefined, 'audit_events_action'],
  [(f) => f.result !== undefined, 'audit_events_result'],
  [(f) => f.actorType !== undefined, 'audit_events_actor_type'],
];

function chooseIndex(filter: AuditEventListFilter): string | undefined {
  return INDEX_PREFERENCE.find(([applies]) => applies(filter))?.[1];
}

const statements = new WeakMap<Database, Map<string, Statement<unknown[]>>>();

function cachedStatement(db: Database, sql: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The sequences whose createdAt lies in [startDate, endDate); null when none can. */
function sequenceRange(db: Database, ledgerId: string, filter: AuditEventListFilter): { from?: number; to?: number } | null {
  const range: { from?: number; to?: number } = {};
  if (filter.startDate !== undefined) {
    const from = cachedStatement(db, `SELECT sequence FROM ${AUDIT_EVENTS_TABLE} WHERE ledger_id = ? AND created_at >= ? ORDER BY created_at, sequence LIMIT 1`)
      .pluck()
      .get(ledgerId, new Date(filter.startDate).toISOString()) as number | undefined;
    if (from === undefined) return null;
    range.from = from;
  }
  if (filter.endDate !== undefined) {
    const to = cachedStatement(db, `SELECT sequence FROM ${AUDIT_EVENTS_TABLE} WHERE ledger_id = ? AND created_at < ? ORDER BY created_at DESC, sequence DESC LIMIT 1`)
      .pluck()
      .get(ledgerId, new Date(filter.endDate).toISOString()) as number | undefined;
    if (to === undefined) return null;
    range.to = to;
  }
  return range;
}
