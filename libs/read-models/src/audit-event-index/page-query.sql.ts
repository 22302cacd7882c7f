import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../projector/cached-statement.js';
import type { ValidationTables } from '../validation-index/validation-index.schema.js';
import type { AuditEventListFilter } from './audit-event-list-filter.js';
import { listSource } from './audit-event-list-source.sql.js';
import type { SequenceRange } from './sequence-range.sql.js';

/** A row of a page: the record and what its cursor is made of. */
export interface ListRow {
  sequence: number;
  event_type: string;
  record: string;
}

/**
 * The SQL of a page in ledger order: the filter's rows (listSource) within `range`, after
 * sequence `after` in the filter's order, at most `rows` of them.
 */
export function pageQuery(
  table: string,
  ledgerId: string,
  filter: AuditEventListFilter,
  options: { range: SequenceRange; after?: number; rows: number; validations?: ValidationTables },
): { sql: string; params: unknown[] } {
  const source = listSource(table, ledgerId, filter, options.validations);
  const where = [...source.where];
  const params = [...source.params];
  const add = (clause: string, value: unknown) => (where.push(clause), params.push(value));
  if (options.range.from !== undefined) add(`${source.sequence} >= ?`, options.range.from);
  if (options.range.to !== undefined) add(`${source.sequence} <= ?`, options.range.to);
  if (options.after !== undefined) add(`${source.sequence} ${filter.sortOrder === 'ASC' ? '>' : '<'} ?`, options.after);
  const columns = `${source.sequence} AS sequence, ${source.column('event_type')} AS event_type, ${source.column('record')} AS record`;
  const sql = `SELECT ${columns} FROM ${source.from} WHERE ${where.join(' AND ')} ORDER BY ${source.sequence} ${filter.sortOrder} LIMIT ?`;
  return { sql, params: [...params, options.rows] };
}

/** The rows a pageQuery selects. */
export function pageRows(db: Database, query: { sql: string; params: unknown[] }): ListRow[] {
  return cachedStatement(db, query.sql).all(...query.params) as ListRow[];
}

