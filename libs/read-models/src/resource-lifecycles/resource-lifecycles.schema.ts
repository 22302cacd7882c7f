import type { Database } from 'better-sqlite3';
import { generationTable } from '../projector/generation-names.js';

/** The tables of one generation of the ResourceLifecycles read model. */
export interface LifecycleTables {
  /** One row per event of a rule or limit: what a fold and the history need, keyed by version. */
  events: string;
  /** The folded state every SNAPSHOT_INTERVAL versions: a cache for long histories. */
  snapshots: string;
  /** The current state of every rule and limit, with the columns the list filters on. */
  resources: string;
  /** The scope ids of every resource's current state (list filter scope_id). */
  scopes: string;
}

/** Table names for a generation: 0 is the live set's base names; a rebuild fills `_g<n>` beside them. */
export function lifecycleTables(generation = 0): LifecycleTables {
  const name = (base: string) => generationTable(base, generation);
  return {
    events: name('lifecycle_events'),
    snapshots: name('lifecycle_snapshots'),
    resources: name('lifecycle_resources'),
    scopes: name('lifecycle_scopes'),
  };
}

export function createLifecycleTables(db: Database, t: LifecycleTables): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${t.events} (
      ledger_id     TEXT    NOT NULL,
      resource_type TEXT    NOT NULL,
      resource_id   TEXT    NOT NULL,
      version       INTEGER NOT NULL,
      sequence      INTEGER NOT NULL,
      event_id      TEXT    NOT NULL,
      event_type    TEXT    NOT NULL,
      result        TEXT    NOT NULL,
      created_at    TEXT    NOT NULL,
      after         TEXT,
      changed_paths TEXT    NOT NULL,
      PRIMARY KEY (ledger_id, resource_type, resource_id, version)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${t.snapshots} (
      ledger_id     TEXT    NOT NULL,
      resource_type TEXT    NOT NULL,
      resource_id   TEXT    NOT NULL,
      version       INTEGER NOT NULL,
      sequence      INTEGER NOT NULL,
      state         TEXT    NOT NULL,
      PRIMARY KEY (ledger_id, resource_type, resource_id, version)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${t.resources} (
      ledger_id      TEXT    NOT NULL,
      resource_type  TEXT    NOT NULL,
      resource_id    TEXT    NOT NULL,
      status         TEXT,
      name           TEXT,
      kind           TEXT,
      version        INTEGER NOT NULL,
      first_sequence INTEGER NOT NULL,
      last_sequence  INTEGER NOT NULL,
      state          TEXT    NOT NULL,
      PRIMARY KEY (ledger_id, resource_type, resource_id)
    );
    CREATE INDEX IF NOT EXISTS ${t.resources}_status ON ${t.resources} (ledger_id, resource_type, status, resource_id);
    CREATE INDEX IF NOT EXISTS ${t.resources}_name ON ${t.resources} (ledger_id, resource_type, name, resource_id);
    CREATE INDEX IF NOT EXISTS ${t.resources}_kind ON ${t.resources} (ledger_id, resource_type, kind, resource_id);
    CREATE TABLE IF NOT EXISTS ${t.scopes} (
      ledger_id     TEXT NOT NULL,
      resource_type TEXT NOT NULL,
      scope_id      TEXT NOT NULL,
      resource_id   TEXT NOT NULL,
      PRIMARY KEY (ledger_id, resource_type, scope_id, resource_id)
    ) WITHOUT ROWID;
  `);
}

export function dropLifecycleTables(db: Database, t: LifecycleTables): void {
  for (const table of [t.events, t.snapshots, t.resources, t.scopes]) db.exec(`DROP TABLE IF EXISTS ${table}`);
}
