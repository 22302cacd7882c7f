import { migrateSchema, switchToWal } from '#event-store/sqlite';
import Database from 'better-sqlite3';

/**
 * Migrations of the checkpoint database, counted in PRAGMA user_version. Checkpoints are
 * append-only: signed history is never rewritten, and triggers refuse UPDATE and DELETE.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE checkpoints (
     ledger_id  TEXT    NOT NULL,
     tree_size  INTEGER NOT NULL CHECK (tree_size >= 0),
     root_hash  BLOB    NOT NULL CHECK (length(root_hash) = 32),
     created_at TEXT    NOT NULL,
     note       TEXT    NOT NULL,
     PRIMARY KEY (ledger_id, tree_size)
   ) WITHOUT ROWID;
   CREATE TRIGGER checkpoints_no_update BEFORE UPDATE ON checkpoints
     BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;
   CREATE TRIGGER checkpoints_no_delete BEFORE DELETE ON checkpoints
     BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END;`,
  // A checkpoint over records an operator accepted as lost (`ledger recover --accept-loss`): kept,
  // never compared with the log again. Append-only too: a supersession is history.
  `CREATE TABLE superseded_checkpoints (
     ledger_id     TEXT    NOT NULL,
     tree_size     INTEGER NOT NULL,
     superseded_at TEXT    NOT NULL,
     reason        TEXT    NOT NULL,
     PRIMARY KEY (ledger_id, tree_size)
   ) WITHOUT ROWID;
   CREATE TRIGGER superseded_checkpoints_no_update BEFORE UPDATE ON superseded_checkpoints
     BEGIN SELECT RAISE(ABORT, 'superseded checkpoints are append-only'); END;
   CREATE TRIGGER superseded_checkpoints_no_delete BEFORE DELETE ON superseded_checkpoints
     BEGIN SELECT RAISE(ABORT, 'superseded checkpoints are append-only'); END;`,
];

/**
 * Opens (creating if needed) the checkpoint database: WAL so every instance on the data directory
 * reads while one writes, synchronous=FULL so a checkpoint reported stored survives a crash.
 * Throws the driver's error when the file cannot be opened, or an Error when newer code migrated it.
 */
export function openCheckpointDatabase(filename: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(filename, { timeout: busyTimeoutMs });
  try {
    if (!db.memory) switchToWal(db, busyTimeoutMs);
    db.pragma('synchronous = FULL');
    migrateSchema(db, MIGRATIONS, 'checkpoint database');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
