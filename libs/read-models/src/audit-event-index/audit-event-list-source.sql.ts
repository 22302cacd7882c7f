import type { ValidationTables } from '../validation-index/validation-index.schema.js';
import { VALIDATION_FILTERS } from '../validation-index/validation-list-filter.js';
import { EQUALITY_FILTERS, filtersValidations, type AuditEventListFilter } from './audit-event-list-filter.js';

/** The FROM and WHERE of a listing's query: the rows its equality filters select, before any range, cursor or order. */
export interface ListSource {
  from: string;
  where: string[];
  params: unknown[];
  /** The column the rows come in order of from the driving index (the one to range, page and order on). */
  sequence: string;
  /** The audit table's own columns, qualified (`audit_events.event_type`, …). */
  column: (name: string) => string;
  /** The audit table's index the rows are driven from, or undefined when they come from the validation tables. */
  drivingIndex: string | undefined;
}

/** Most selective first: the audit table's filter whose index answers a combination. */
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

/** The validations table's columns the audit listing filters on (its `result` is the record's: that one is checked on the record). */
const VALIDATION_COLUMNS = VALIDATION_FILTERS.filter(([key]) => key !== 'result');

/**
 * Where a listing's rows come from. The index is named (INDEXED BY): left to itself SQLite
 * prefers walking the primary key in sequence order and filtering, a full scan of the ledger for
 * a rare value. With a validation filter the rows are driven from the ValidationIndex (its
 * matched-rules primary key for a rule id, else the index of the first validation column given;
 * CROSS JOIN fixes that order), each record then found by primary key and its own filters checked.
 * @throws Error when the filter has a validation member and `validations` is not given.
 */
export function listSource(table: string, ledgerId: string, filter: AuditEventListFilter, validations?: ValidationTables): ListSource {
  const column = (name: string) => `${table}.${name}`;
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => (where.push(clause), params.push(value));
  let from: string;
  let sequence: string;
  let drivingIndex: string | undefined;
  if (filtersValidations(filter)) {
    if (validations === undefined) throw new Error('listSource: a validation filter needs the ValidationIndex tables');
    const columns = VALIDATION_COLUMNS.filter(([key]) => filter[key] !== undefined);
    const byRule = filter.matchedRuleId !== undefined;
    const driver = byRule ? 'm' : 'v';
    sequence = `${driver}.sequence`;
    add(`${driver}.ledger_id = ?`, ledgerId);
    if (byRule) add('m.rule_id = ?', filter.matchedRuleId);
    for (const [key, name] of columns) add(`v.${name} = ?`, filter[key]);
    const joinRecord = `CROSS JOIN ${table} ON ${column('ledger_id')} = ${driver}.ledger_id AND ${column('sequence')} = ${driver}.sequence`;
    from = byRule
      ? `${validations.matchedRules} AS m${columns.length > 0 ? ` CROSS JOIN ${validations.validations} AS v ON v.ledger_id = m.ledger_id AND v.sequence = m.sequence` : ''} ${joinRecord}`
      : `${validations.validations} AS v INDEXED BY ${validations.validations}_${columns[0]![1]} ${joinRecord}`;
  } else {
    sequence = column('sequence');
    add(`${column('ledger_id')} = ?`, ledgerId);
    const preferred = INDEX_PREFERENCE.find((key) => filter[key] !== undefined);
    drivingIndex = preferred === undefined ? undefined : `${table}_${EQUALITY_COLUMN[preferred]}`;
    from = `${table}${drivingIndex === undefined ? '' : ` INDEXED BY ${drivingIndex}`}`;
  }
  for (const [key, name] of EQUALITY_FILTERS) {
    if (filter[key] !== undefined) add(`${column(name)} = ?`, filter[key]);
  }
  return { from, where, params, sequence, column, drivingIndex };
}
