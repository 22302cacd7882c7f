import { migrateSchema } from './migrate-schema.js';
import { switchToWal } from './switch-to-wal.js';
import Database from 'better-sqlite3';

/**
 * Migrations of the log, applied in order and counted in PRAGMA user_version. The log is
 * append-only: a migration may add, never rewrite or drop stored events. Indexes are kept to
 * the three uniqueness rules the port promises, since every index slows every insert.
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

/**
 * Opens (creating if needed) the log database for durable appends and brings its schema up to
 * date. A writer waits up to `busyTimeoutMs` for another connection's write lock. Throws the
 * driver's error when the file cannot be opened, or an Error when a newer version of this code
 * migrated it.
 */
export function openLogDatabase(filename: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(filename, { timeout: busyTimeoutMs });
  try {
    // WAL lets readers (subscriptions, other processes) run while a writer commits.
    if (!db.memory) switchToWal(db, busyTimeoutMs);
    // FULL: COMMIT returns only once the WAL is fsynced, so an acknowledged append survives a crash.
    db.pragma('synchronous = FULL');
    // Reads of the log go through the memory map (below), which needs no page cache; the cache
    // holds the pages a commit writes and the index pages appends search. 16 MiB per connection:
    // each process has up to three (writer, projection worker, scrubber), and 64 MiB each was a
    // third of the service's memory after a 100,000-event fill without a measurable gain.
    db.pragma('cache_size = -16384');
    db.pragma('mmap_size = 1073741824');
    // After a checkpoint the WAL keeps its largest size unless limited: space a full disk needs.
    db.pragma('journal_size_limit = 4194304');
    migrateSchema(db, MIGRATIONS, 'event log');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
