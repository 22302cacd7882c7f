import type { Database } from 'better-sqlite3';
import { sqlTableName } from '../projector/sql-table-name.js';
import { EQUALITY_FILTERS } from './audit-event-list-filter.js';

/** The table the live AuditEventIndex is kept in (a rebuild may fill another beside it). */
export const AUDIT_EVENTS_TABLE = 'audit_events';

/**
 * One row per audit event (a rowid table: records are ~1 KB, too wide for WITHOUT ROWID, which
 * would spill each onto an overflow page). Every list filter has an index ending in `sequence`,
 * so a filtered page is an index range scan in sequence order, never a full scan.
 * resource_type + resource_id uses the resource_id index (a resource id is rarely shared across
 * types): every index costs every insert.
 */
export function createAuditEventTables(db: Database, table: string = AUDIT_EVENTS_TABLE): void {
  const t = sqlTableName(table);
  // Named `<table>_<column>` (the list query names its index), so a second table can sit beside.
  const filterIndexes = EQUALITY_FILTERS.map(
    ([, column]) => `CREATE INDEX IF NOT EXISTS ${t}_${column} ON ${t} (ledger_id, ${column}, sequence);`,
  );
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${t} (
      ledger_id     TEXT    NOT NULL,
      sequence      INTEGER NOT NULL,
      event_id      TEXT    NOT NULL,
      event_type    TEXT    NOT NULL,
      category      TEXT,
      source        TEXT,
      resource_type TEXT    NOT NULL,
      resource_id   TEXT    NOT NULL,
      action        TEXT    NOT NULL,
      result        TEXT    NOT NULL,
      actor_type    TEXT    NOT NULL,
      actor_id      TEXT    NOT NULL,
      created_at    TEXT    NOT NULL,
      record        TEXT    NOT NULL,
      PRIMARY KEY (ledger_id, sequence)
    );
    CREATE UNIQUE INDEX IF NOT EXISTS ${t}_event_id ON ${t} (event_id);
    ${filterIndexes.join('\n    ')}
    CREATE INDEX IF NOT EXISTS ${t}_created_at ON ${t} (ledger_id, created_at, sequence);
  `);
}

/** Drops every index but the primary key (a bulk load into an empty table; createAuditEventTables restores them). */
export function dropAuditEventIndexes(db: Database, table: string): void {
  const t = sqlTableName(table);
  const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL").pluck().all(t) as string[];
  for (const name of names) db.exec(`DROP INDEX IF EXISTS ${sqlTableName(name)}`);
}

export function dropAuditEventTables(db: Database, table: string = AUDIT_EVENTS_TABLE): void {
  db.exec(`DROP TABLE IF EXISTS ${sqlTableName(table)}`);
}
