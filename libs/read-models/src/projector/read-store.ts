import Database, { type Database as Db, type Statement } from 'better-sqlite3';
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Projection } from './projection.js';

/** Largest size a read store's WAL keeps after a checkpoint. */
const WAL_KEPT_BYTES = 4 * 1024 * 1024;
/**
 * Below this much free space the WAL is truncated after every batch: 16 KiB pages let SQLite's
 * 1000-page autocheckpoint grow it to 16 MiB, which a short disk needs for the log.
 */
export const LOW_DISK_SPACE_BYTES = 64 * 1024 * 1024;

/** A row of the checkpoint table. */
export interface ProjectionCheckpoint {
  name: string;
  version: number;
  /** The projection has applied every event of the log up to this position. */
  position: number;
}

/**
 * The SQLite file holding the read models and their checkpoints (`':memory:'` for tests). Read
 * models are disposable (rebuilt from the log), so synchronous=NORMAL suffices; a checkpoint
 * always commits in the same transaction as the rows it covers.
 */
export class ReadStore {
  private readonly selectCheckpoint: Statement<[string], number>;
  private readonly updateCheckpoint: Statement<[number, string, number]>;

  private constructor(
    readonly db: Db,
    role: 'projector' | 'queries',
  ) {
    db.pragma('busy_timeout = 10000');
    // Reads are random over a table that grows past any cache (1 M records ≈ 1.5 GB): memory-mapped
    // reads keep GET and list pages off the read() path without copying pages into the cache.
    // The projector's connection writes a dozen indexes per event, so it keeps a larger cache of
    // their pages (32 MiB); a queries connection only reads (8 MiB).
    db.pragma(`cache_size = ${role === 'projector' ? -32768 : -8192}`);
    db.pragma('mmap_size = 1073741824');
    // The WAL is reused, not shrunk, after a checkpoint: without a limit it keeps the largest size
    // it ever reached, space a full disk needs for the log (per connection, so set on each).
    db.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`);
    if (role === 'projector') ReadStore.setUp(db);
    this.selectCheckpoint = db.prepare<[string], number>('SELECT position FROM projection_checkpoints WHERE name = ?').pluck();
    // Never backwards: another process sharing the file may have projected further.
    this.updateCheckpoint = db.prepare('UPDATE projection_checkpoints SET position = ? WHERE name = ? AND position < ?');
  }

  /** Opens (creating if missing) the read-model file to keep it. @throws the driver's error if it cannot. */
  static open(filename: string): ReadStore {
    return new ReadStore(new Database(filename), 'projector');
  }

  /**
   * A second connection to a file another connection keeps (the projection worker): for queries
   * only, it changes no setting of the file. The file must have been opened with {@link open}.
   */
  static openForQueries(filename: string): ReadStore {
    return new ReadStore(new Database(filename, { fileMustExist: true }), 'queries');
  }

  private static setUp(db: Db): void {
    // Only takes effect on a new file. Records are ~1 KB and every event touches a dozen indexes:
    // 16 KiB pages keep the B-trees shallow and cut projection CPU by about a quarter.
    db.pragma('page_size = 16384');
    if (db.name !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE IF NOT EXISTS projection_checkpoints (
      name TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL)`);
  }

  /**
   * Creates each projection's tables; a projection whose stored version differs (or that is new)
   * is dropped and its checkpoint reset to 0, so the projector rebuilds it from the start of the log.
   */
  register(projections: readonly Projection[]): void {
    const version = this.db.prepare<[string], number>('SELECT version FROM projection_checkpoints WHERE name = ?').pluck();
    const reset = this.db.prepare(
      `INSERT INTO projection_checkpoints (name, version, position) VALUES (?, ?, 0)
       ON CONFLICT (name) DO UPDATE SET version = excluded.version, position = 0`,
    );
    this.db.transaction(() => {
      for (const projection of projections) {
        if (version.get(projection.name) !== projection.version) {
          projection.drop(this.db);
          reset.run(projection.name, projection.version);
        }
        projection.setup(this.db);
      }
    })();
  }

  /** The position up to which every given projection has applied the log (0 if unregistered). */
  checkpoint(names: readonly string[]): number {
    return Math.min(...names.map((name) => this.selectCheckpoint.get(name) ?? 0));
  }

  /**
   * Moves a registered projection's checkpoint forwards (never back); call inside the transaction
   * that wrote the rows it covers.
   */
  setCheckpoint(name: string, position: number): void {
    this.updateCheckpoint.run(position, name, position);
  }

  /** Forgets a projection whose tables were dropped (a retired or failed generation). */
  forget(name: string): void {
    this.db.prepare('DELETE FROM projection_checkpoints WHERE name = ?').run(name);
  }

  /** Every registered projection's checkpoint, by name. */
  checkpoints(): ProjectionCheckpoint[] {
    return this.db.prepare('SELECT name, version, position FROM projection_checkpoints ORDER BY name').all() as ProjectionCheckpoint[];
  }

  /**
   * Copies the WAL into the file and truncates it to nothing (wal_checkpoint(TRUNCATE)), giving its
   * space back to the disk: after a write failed on a full disk. A reader in the way only makes the
   * checkpoint partial; a failure is reported as false, never thrown.
   */
  releaseWal(): boolean {
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return result?.busy === 0;
    } catch {
      return false;
    }
  }

  /**
   * {@link releaseWal} when the file's disk has less than `lowSpaceBytes` free: called after each
   * batch, it keeps the WAL from taking the last space of a short disk, and costs one statfs
   * otherwise (checkpointing every batch on a roomy disk would slow projection by a third).
   */
  releaseWalIfSpaceIsShort(lowSpaceBytes = LOW_DISK_SPACE_BYTES): void {
    if (this.db.memory) return;
    let free: number;
    try {
      const space = statfsSync(dirname(this.db.name));
      free = space.bavail * space.bsize;
    } catch {
      return;
    }
    if (free < lowSpaceBytes) this.releaseWal();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
