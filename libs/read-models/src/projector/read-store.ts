import Database, { type Database as Db } from 'better-sqlite3';
import type { Projection } from './projection.js';

/**
 * The SQLite file holding the read models and their checkpoints. Read models are disposable
 * (rebuilt from the log), so synchronous=NORMAL suffices; a checkpoint always commits in the same
 * transaction as the rows it covers.
 */
export class ReadStore {
  private constructor(readonly db: Db) {
    if (db.name !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 10000');
    // Reads are random over a table that grows past any default cache (1 M records ≈ 1.5 GB):
    // a 64 MiB page cache and memory-mapped reads keep GET and list pages off the read() path.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 1073741824');
    db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL)`);
  }

  static open(filename: string): ReadStore {
    return new ReadStore(new Database(filename));
  }

  /**
   * Creates each projection's tables; a projection whose stored version differs is dropped and
   * its checkpoint reset, so the projector rebuilds it from the start of the log.
   */
  register(projections: readonly Projection[]): void {
    const row = this.db.prepare('SELECT version FROM projection_checkpoints WHERE name = ?').pluck();
    const reset = this.db.prepare(
      `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, 0)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = 0`,
    );
    this.db.transaction(() => {
      for (const projection of projections) {
        const stored = row.get(projection.name) as number | undefined;
        if (stored !== projection.version) {
          projection.drop(this.db);
          reset.run(projection.name, projection.version);
        }
        projection.setup(this.db);
      }
    })();
  }

  /** The position up to which every given projection has applied the log. */
  checkpoint(names: readonly string[]): number {
    const get = this.db.prepare('SELECT position FROM projection_checkpoints WHERE name = ?').pluck();
    return Math.min(...names.map((name) => (get.get(name) as number | undefined) ?? 0));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
