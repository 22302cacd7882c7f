import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../projector/cached-statement.js';
import type { ValidationTables } from '../validation-index/validation-index.schema.js';
import { filtersValidations, type AuditEventListFilter } from './audit-event-list-filter.js';
import { listSource } from './audit-event-list-source.sql.js';
import { pageQuery, pageRows, type ListRow } from './page-query.sql.js';
import type { SequenceRange } from './sequence-range.sql.js';

interface ByTypeContext {
  range: SequenceRange;
  /** Where the previous page ended: its last event's type and sequence. */
  cursor: { s: number; t?: string } | undefined;
  validations: ValidationTables | undefined;
}

/**
 * Up to limit + 1 rows of a listing sorted by event type, then sequence (both in the filter's
 * order). No index orders the matches so, and sorting them would read them all: the page is
 * gathered one event type at a time, each an index range scan in sequence order (pageQuery with
 * that type added), the next type found by {@link nextEventType}. A page costs one probe per type
 * it reaches, each as costly as listing that type with the same filters.
 */
export function listByEventType(db: Database, table: string, ledgerId: string, filter: AuditEventListFilter, context: ByTypeContext): ListRow[] {
  const rows: ListRow[] = [];
  let type = context.cursor?.t ?? nextEventType(db, table, ledgerId, filter, undefined, context);
  while (type !== undefined && rows.length <= filter.limit) {
    const after = type === context.cursor?.t ? context.cursor.s : undefined;
    const query = pageQuery(table, ledgerId, { ...filter, eventType: type }, { ...context, after, rows: filter.limit + 1 - rows.length });
    rows.push(...pageRows(db, query));
    if (rows.length > filter.limit) break;
    type = nextEventType(db, table, ledgerId, filter, type, context);
  }
  return rows;
}

/**
 * The event type after `after` (the first one when undefined) in the filter's order that may have
 * matches; undefined when there is none. The candidates are the filter's own event_type, or
 * TRANSACTION_VALIDATED for a validation filter; else they are found in the ledger: among the
 * matching rows when the filter has a selective one (resource_id, actor_id: one pass over their
 * index), else as the next distinct type of the event_type index (one seek).
 */
export function nextEventType(
  db: Database,
  table: string,
  ledgerId: string,
  filter: AuditEventListFilter,
  after: string | undefined,
  context: Pick<ByTypeContext, 'range' | 'validations'>,
): string | undefined {
  const beyond = (type: string) => after === undefined || (filter.sortOrder === 'ASC' ? type > after : type < after);
  const fixed = filter.eventType ?? (filtersValidations(filter) ? 'TRANSACTION_VALIDATED' : undefined);
  if (fixed !== undefined) return beyond(fixed) ? fixed : undefined;
  const query = nextEventTypeQuery(table, ledgerId, filter, after, context.range);
  // MIN and MAX of no rows are NULL.
  return (cachedStatement(db, query.sql).pluck().get(...query.params) as string | null | undefined) ?? undefined;
}

/** The SQL of nextEventType's look-up in the ledger (exported for query-plan checks). */
export function nextEventTypeQuery(
  table: string,
  ledgerId: string,
  filter: AuditEventListFilter,
  after: string | undefined,
  range: SequenceRange,
): { sql: string; params: unknown[] } {
  const asc = filter.sortOrder === 'ASC';
  const source = listSource(table, ledgerId, filter);
  const selective = source.drivingIndex === `${table}_resource_id` || source.drivingIndex === `${table}_actor_id`;
  if (!selective) {
    const where = after === undefined ? '' : ` AND event_type ${asc ? '>' : '<'} ?`;
    const sql = `SELECT event_type FROM ${table} INDEXED BY ${table}_event_type WHERE ledger_id = ?${where} ORDER BY event_type ${filter.sortOrder} LIMIT 1`;
    return { sql, params: after === undefined ? [ledgerId] : [ledgerId, after] };
  }
  const where = [...source.where];
  const params = [...source.params];
  const add = (clause: string, value: unknown) => (where.push(clause), params.push(value));
  if (range.from !== undefined) add(`${source.sequence} >= ?`, range.from);
  if (range.to !== undefined) add(`${source.sequence} <= ?`, range.to);
  if (after !== undefined) add(`${source.column('event_type')} ${asc ? '>' : '<'} ?`, after);
  // An aggregate over the filter's rows: ORDER BY event_type would sort them in a temporary B-tree.
  const sql = `SELECT ${asc ? 'MIN' : 'MAX'}(${source.column('event_type')}) FROM ${source.from} WHERE ${where.join(' AND ')}`;
  return { sql, params };
}
