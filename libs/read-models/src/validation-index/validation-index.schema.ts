import type { Database } from 'better-sqlite3';
import { generationTable } from '../projector/generation-names.js';
import { VALIDATION_FILTERS } from './validation-list-filter.js';

/** The tables of one generation of the ValidationIndex read model. */
export interface ValidationTables {
  /** One row per validation: the columns the lists filter on, keyed by ledger sequence (the record stays in audit_events). */
  validations: string;
  /** One row per rule id a validation says it matched (list filter matched_rule_id). */
  matchedRules: string;
}

/** Table names for a generation: 0 is the live set's base names; a rebuild fills `_g<n>` beside them. */
export function validationTables(generation = 0): ValidationTables {
  return {
    validations: generationTable('validations', generation),
    matchedRules: generationTable('validation_matched_rules', generation),
  };
}

/**
 * Rows are a few ids wide, so both tables are WITHOUT ROWID. Every filter has an index ending in
 * `sequence` (named `<table>_<column>`: the list query names its index), so a filtered page is an
 * index range scan in sequence order; the matched rules' primary key is that index for rule ids.
 */
export function createValidationTables(db: Database, t: ValidationTables): void {
  const filterIndexes = VALIDATION_FILTERS.map(
    ([, column]) => `CREATE INDEX IF NOT EXISTS ${t.validations}_${column} ON ${t.validations} (ledger_id, ${column}, sequence);`,
  );
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${t.validations} (
      ledger_id        TEXT    NOT NULL,
      sequence         INTEGER NOT NULL,
      transaction_id   TEXT    NOT NULL,
      event_id         TEXT    NOT NULL,
      result           TEXT    NOT NULL,
      account_id       TEXT,
      segment_id       TEXT,
      portfolio_id     TEXT,
      transaction_type TEXT,
      created_at       TEXT    NOT NULL,
      PRIMARY KEY (ledger_id, sequence)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS ${t.validations}_transaction_id ON ${t.validations} (ledger_id, transaction_id, sequence);
    ${filterIndexes.join('\n    ')}
    CREATE INDEX IF NOT EXISTS ${t.validations}_created_at ON ${t.validations} (ledger_id, created_at, sequence);
    CREATE TABLE IF NOT EXISTS ${t.matchedRules} (
      ledger_id TEXT    NOT NULL,
      rule_id   TEXT    NOT NULL,
      sequence  INTEGER NOT NULL,
      PRIMARY KEY (ledger_id, rule_id, sequence)
    ) WITHOUT ROWID;
  `);
}

export function dropValidationTables(db: Database, t: ValidationTables): void {
  for (const table of [t.validations, t.matchedRules]) db.exec(`DROP TABLE IF EXISTS ${table}`);
}
