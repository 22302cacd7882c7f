import type { Database } from 'better-sqlite3';
import { sequenceRange } from '../audit-event-index/sequence-range.sql.js';
import { cachedStatement } from '../projector/cached-statement.js';
import { decodeKeysetCursor, encodeKeysetCursor } from '../resource-lifecycles/keyset-cursor.js';
import type { ValidationTables } from './validation-index.schema.js';
import { VALIDATION_FILTERS, type ValidationListFilter, type ValidationPage } from './validation-list-filter.js';

const EMPTY: ValidationPage = { sequences: [], hasMore: false, nextCursor: null };

/**
 * A filtered page of a ledger's validations in sequence order. A date range becomes a sequence
 * range first (createdAt never decreases along a ledger), so every query is an index range scan
 * ordered by sequence.
 * @throws InvalidCursorError for a garbled cursor or one issued for other filters or order.
 * @throws RangeError when `limit` is not an integer in 1..1000, or for a date that does not parse.
 */
export function listValidations(db: Database, t: ValidationTables, ledgerId: string, filter: ValidationListFilter): ValidationPage {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) {
    throw new RangeError(`limit must be an integer in 1..1000, got ${filter.limit}`);
  }
  const query = buildValidationListQuery(db, t, ledgerId, filter);
  if (query === null) return EMPTY;
  const rows = cachedStatement(db, query.sql).pluck().all(...query.params) as number[];
  const hasMore = rows.length > filter.limit;
  const sequences = hasMore ? rows.slice(0, filter.limit) : rows;
  return { sequences, hasMore, nextCursor: hasMore ? encodeKeysetCursor(sequences[sequences.length - 1]!, listingOf(filter)) : null };
}

/**
 * The page's SQL. The index is named (INDEXED BY): left to itself SQLite prefers walking the
 * primary key in sequence order and filtering, a full scan of the ledger for a rare value. With a
 * matched rule id the page is driven from the matched rules' primary key (CROSS JOIN fixes that
 * order), the other filters checked on each validation found. Null when the date range selects nothing.
 */
export function buildValidationListQuery(
  db: Database,
  t: ValidationTables,
  ledgerId: string,
  filter: ValidationListFilter,
): { sql: string; params: unknown[] } | null {
  const after = filter.cursor === undefined ? undefined : decodeKeysetCursor<number>(filter.cursor, listingOf(filter), 'number');
  const range = sequenceRange(db, t.validations, ledgerId, filter, cachedStatement);
  if (range === null) return null;
  const columns = VALIDATION_FILTERS.filter(([key]) => filter[key] !== undefined);
  const byRule = filter.matchedRuleId !== undefined;
  const sequence = byRule ? 'm.sequence' : 'v.sequence';
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => (where.push(clause), params.push(value));
  if (byRule) {
    add('m.ledger_id = ?', ledgerId);
    add('m.rule_id = ?', filter.matchedRuleId);
  } else {
    add('v.ledger_id = ?', ledgerId);
  }
  for (const [key, column] of columns) add(`v.${column} = ?`, filter[key]);
  if (range.from !== undefined) add(`${sequence} >= ?`, range.from);
  if (range.to !== undefined) add(`${sequence} <= ?`, range.to);
  if (after !== undefined) add(filter.sortOrder === 'ASC' ? `${sequence} > ?` : `${sequence} < ?`, after);
  const from = byRule
    ? `${t.matchedRules} AS m${columns.length > 0 ? ` CROSS JOIN ${t.validations} AS v ON v.ledger_id = m.ledger_id AND v.sequence = m.sequence` : ''}`
    : `${t.validations} AS v${columns.length > 0 ? ` INDEXED BY ${t.validations}_${columns[0]![1]}` : ''}`;
  const sql = `SELECT ${sequence} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${sequence} ${filter.sortOrder} LIMIT ?`;
  return { sql, params: [...params, filter.limit + 1] };
}

/** What a cursor is bound to: every filter and the order, not the page size (a cursor only continues its own listing). */
function listingOf(filter: ValidationListFilter): object {
  const { limit: _limit, cursor: _cursor, ...listing } = filter;
  return { listing: 'validations', ...listing };
}
