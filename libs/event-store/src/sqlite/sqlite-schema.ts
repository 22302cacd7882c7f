import type { Database } from 'better-sqlite3';

/**
 * Migrations of the log, by PRAGMA user_version. The log is append-only: no migration may
 * rewrite or drop stored events.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE events (
     position        INTEGER PRIMARY KEY AUTOINCREMENT,
     stream_name     TEXT    NOT NULL,
     revision        INTEGER NOT NULL,
     event_id        TEXT    NOT NULL UNIQUE,
     type            TEXT    NOT NULL,
     data            TEXT    NOT NULL,
     metadata        TEXT    NOT NULL,
     idempotency_key TEXT,
     UNIQUE (stream_name, revision)
   );
   CREATE UNIQUE INDEX events_idempotency_key ON events (stream_name, idempotency_key)
     WHERE idempotency_key IS NOT NULL;`,
];

/** Opens the log for durable appends and brings its schema up to date. */
export function prepareLogDatabase(db: Database): void {
  if (db.name !== ':memory:') db.pragma('journal_mode = WAL');
  // An append is acknowledged only after it is on disk.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 10000');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}
