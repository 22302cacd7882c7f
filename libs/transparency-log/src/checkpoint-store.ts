import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { openCheckpointDatabase } from './checkpoint-store-schema.js';
import type { AddCheckpointResult, StoredCheckpoint } from './stored-checkpoint.js';

/** The checkpoint database's name inside the data directory. */
export const CHECKPOINT_DATABASE_FILE = 'checkpoints.db';

interface CheckpointRow {
  ledger_id: string;
  tree_size: number;
  root_hash: Buffer;
  created_at: string;
  note: string;
}

const COLUMNS = 'ledger_id, tree_size, root_hash, created_at, note';

/**
 * The signed checkpoints of every ledger, in their own SQLite file `<dataDir>/checkpoints.db`:
 * shared by every instance on the data directory, it outlives restarts and read-model rebuilds.
 * All methods are synchronous; a writer waits up to `busyTimeoutMs` for another instance's lock.
 */
export class CheckpointStore {
  private constructor(private readonly db: Database.Database) {}

  /** Opens, creating if needed, `<dataDir>/checkpoints.db` (or `filename`, e.g. `:memory:`). */
  static open(options: { dataDir: string; busyTimeoutMs?: number } | { filename: string; busyTimeoutMs?: number }): CheckpointStore {
    const filename = 'filename' in options ? options.filename : join(options.dataDir, CHECKPOINT_DATABASE_FILE);
    return new CheckpointStore(openCheckpointDatabase(filename, options.busyTimeoutMs ?? 5_000));
  }

  /**
   * The checkpoint of the largest tree size that is not superseded (see {@link supersedeFrom}), or
   * undefined when the ledger has none: the one the log is checked against and proofs are made for.
   */
  latest(ledgerId: string): StoredCheckpoint | undefined {
    const row = this.db
      .prepare<[string], CheckpointRow>(
        `SELECT ${COLUMNS} FROM checkpoints c WHERE ledger_id = ?
           AND NOT EXISTS (SELECT 1 FROM superseded_checkpoints s WHERE s.ledger_id = c.ledger_id AND s.tree_size = c.tree_size)
         ORDER BY tree_size DESC LIMIT 1`,
      )
      .get(ledgerId);
    return row && toCheckpoint(row);
  }

  /**
   * Supersedes every checkpoint of the ledger of size `fromSize` or more: they were signed over
   * records an operator accepted as lost (`ledger recover --accept-loss`, which records the loss in
   * the log). They stay stored and listed, but the log is no longer checked against them, and no
   * checkpoint is signed again at a size up to the largest of them ({@link supersededThrough}).
   * @returns the checkpoints superseded now, smallest first.
   */
  supersedeFrom(ledgerId: string, fromSize: number, supersededAt: string, reason: string): StoredCheckpoint[] {
    return this.db.transaction(() => {
      const covered = this.db
        .prepare<[string, number], CheckpointRow>(
          `SELECT ${COLUMNS} FROM checkpoints c WHERE ledger_id = ? AND tree_size >= ?
             AND NOT EXISTS (SELECT 1 FROM superseded_checkpoints s WHERE s.ledger_id = c.ledger_id AND s.tree_size = c.tree_size)
           ORDER BY tree_size`,
        )
        .all(ledgerId, fromSize)
        .map(toCheckpoint);
      const insert = this.db.prepare('INSERT INTO superseded_checkpoints (ledger_id, tree_size, superseded_at, reason) VALUES (?, ?, ?, ?)');
      for (const checkpoint of covered) insert.run(ledgerId, checkpoint.treeSize, supersededAt, reason);
      return covered;
    }).immediate();
  }

  /** The largest superseded tree size of the ledger (0 when none): sizes up to it are never signed again. */
  supersededThrough(ledgerId: string): number {
    return this.db.prepare<[string], number>('SELECT coalesce(max(tree_size), 0) FROM superseded_checkpoints WHERE ledger_id = ?').pluck().get(ledgerId)!;
  }

  /** Every ledger that has a checkpoint. */
  ledgerIds(): string[] {
    return this.db.prepare<[], string>('SELECT DISTINCT ledger_id FROM checkpoints').pluck().all();
  }

  atSize(ledgerId: string, treeSize: number): StoredCheckpoint | undefined {
    const row = this.db
      .prepare<[string, number], CheckpointRow>(`SELECT ${COLUMNS} FROM checkpoints WHERE ledger_id = ? AND tree_size = ?`)
      .get(ledgerId, treeSize);
    return row && toCheckpoint(row);
  }

  /**
   * Up to `limit` checkpoints, largest tree size first, only those below `beforeSize` when given:
   * the next page is `beforeSize` = the last one's tree size.
   */
  list(ledgerId: string, page: { limit: number; beforeSize?: number }): StoredCheckpoint[] {
    const before = page.beforeSize ?? Number.MAX_SAFE_INTEGER;
    return this.db
      .prepare<[string, number, number], CheckpointRow>(
        `SELECT ${COLUMNS} FROM checkpoints WHERE ledger_id = ? AND tree_size < ? ORDER BY tree_size DESC LIMIT ?`,
      )
      .all(ledgerId, before, page.limit)
      .map(toCheckpoint);
  }

  /**
   * Stores `checkpoint` unless one of that ledger and size exists (INSERT OR IGNORE); see
   * {@link AddCheckpointResult}. Only the note is compared: equal notes mean equal roots.
   */
  add(checkpoint: StoredCheckpoint): AddCheckpointResult {
    return this.db.transaction((): AddCheckpointResult => {
      const { changes } = this.db
        .prepare(`INSERT OR IGNORE INTO checkpoints (${COLUMNS}) VALUES (?, ?, ?, ?, ?)`)
        .run(checkpoint.ledgerId, checkpoint.treeSize, checkpoint.rootHash, checkpoint.createdAt, checkpoint.note);
      if (changes === 1) return { outcome: 'added' };
      const stored = this.atSize(checkpoint.ledgerId, checkpoint.treeSize)!;
      return stored.note === checkpoint.note ? { outcome: 'already-stored' } : { outcome: 'conflict', stored };
    })();
  }

  /**
   * Runs `work` holding the database's write lock (BEGIN IMMEDIATE), so that no other instance adds
   * a checkpoint between what `work` reads and what it adds. `work` must be synchronous.
   */
  exclusive<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }

  close(): void {
    this.db.close();
  }
}

function toCheckpoint(row: CheckpointRow): StoredCheckpoint {
  return { ledgerId: row.ledger_id, treeSize: row.tree_size, rootHash: row.root_hash, createdAt: row.created_at, note: row.note };
}
