import type { Database } from 'better-sqlite3';

export const AUDIT_EVENTS_TABLE = 'audit_events';

/**
 * One row per audit event. Every list filter has an index that ends in `sequence`, so a filtered
 * page is an index range scan in sequence order, never a full scan. resource_type + resource_id
 * uses the resource_id index (a resource id is rarely shared across types): every index costs
 * every insert.
 */
export function createAuditEventTables(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${AUDIT_EVENTS_TABLE} (
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
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX IF NOT EXISTS audit_events_event_id ON ${AUDIT_EVENTS_TABLE} (event_id);
    CREATE INDEX IF NOT EXISTS audit_events_event_type ON ${AUDIT_EVENTS_TABLE} (ledger_id, event_type, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_action ON ${AUDIT_EVENTS_TABLE} (ledger_id, action, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_result ON ${AUDIT_EVENTS_TABLE} (ledger_id, result, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_resource_type ON ${AUDIT_EVENTS_TABLE} (ledger_id, resource_type, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_resource_id ON ${AUDIT_EVENTS_TABLE} (ledger_id, resource_id, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_actor_type ON ${AUDIT_EVENTS_TABLE} (ledger_id, actor_type, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_actor_id ON ${AUDIT_EVENTS_TABLE} (ledger_id, actor_id, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_category ON ${AUDIT_EVENTS_TABLE} (ledger_id, category, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_source ON ${AUDIT_EVENTS_TABLE} (ledger_id, source, sequence);
    CREATE INDEX IF NOT EXISTS audit_events_created_at ON ${AUDIT_EVENTS_TABLE} (ledger_id, created_at, sequence);
  `);
}

export function dropAuditEventTables(db: Database): void {
  db.exec(`DROP TABLE IF EXISTS ${AUDIT_EVENTS_TABLE}`);
}
