import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../projector/cached-statement.js';
import { generationTable } from '../projector/generation-names.js';

/** A stored tile or entry bundle: `width` items of 32 bytes each, concatenated. */
export interface StoredTile {
  width: number;
  bytes: Buffer;
}

/** Which tiles an append changed: a hash tile (`level` 0..63) or an entry bundle (`'entries'`). */
export interface TileWrite {
  level: number | 'entries';
  index: number;
  width: number;
  /** width·32 bytes. */
  bytes: Buffer;
}

/**
 * The tables of one generation of MerkleTiles, and the statements over them (prepared once per
 * connection, so the projector's and a query connection each have their own):
 * - `merkle_tiles` (ledger_id, level, tile_index, width, hashes): C2SP tlog-tiles hash tiles; the
 *   level-L tile N holds the hashes of tree level 8·L, nodes 256·N … 256·N + width − 1;
 * - `merkle_entry_bundles` (ledger_id, bundle_index, width, entries): the leaf data (each record's
 *   hash, 32 raw bytes) of leaves 256·N … 256·N + width − 1;
 * - `merkle_tree_sizes` (ledger_id, size): the number of leaves every other row accounts for.
 */
export class MerkleTileTables {
  readonly tiles: string;
  readonly bundles: string;
  readonly sizes: string;

  constructor(generation: number) {
    this.tiles = generationTable('merkle_tiles', generation);
    this.bundles = generationTable('merkle_entry_bundles', generation);
    this.sizes = generationTable('merkle_tree_sizes', generation);
  }

  create(db: Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.tiles} (
      ledger_id TEXT NOT NULL, level INTEGER NOT NULL, tile_index INTEGER NOT NULL, width INTEGER NOT NULL, hashes BLOB NOT NULL,
      PRIMARY KEY (ledger_id, level, tile_index))`);
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.bundles} (
      ledger_id TEXT NOT NULL, bundle_index INTEGER NOT NULL, width INTEGER NOT NULL, entries BLOB NOT NULL,
      PRIMARY KEY (ledger_id, bundle_index))`);
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.sizes} (ledger_id TEXT PRIMARY KEY, size INTEGER NOT NULL)`);
  }

  drop(db: Database): void {
    for (const table of [this.tiles, this.bundles, this.sizes]) db.exec(`DROP TABLE IF EXISTS ${table}`);
  }

  /** The ledger's stored tree size; 0 for a ledger without leaves. */
  size(db: Database, ledgerId: string): number {
    const size = cachedStatement(db, `SELECT size FROM ${this.sizes} WHERE ledger_id = ?`).pluck().get(ledgerId);
    return (size as number | undefined) ?? 0;
  }

  ledgerIds(db: Database): string[] {
    return cachedStatement(db, `SELECT ledger_id FROM ${this.sizes}`).pluck().all() as string[];
  }

  tile(db: Database, ledgerId: string, level: number, index: number): StoredTile | undefined {
    const sql = `SELECT width, hashes AS bytes FROM ${this.tiles} WHERE ledger_id = ? AND level = ? AND tile_index = ?`;
    return cachedStatement(db, sql).get(ledgerId, level, index) as StoredTile | undefined;
  }

  bundle(db: Database, ledgerId: string, index: number): StoredTile | undefined {
    const sql = `SELECT width, entries AS bytes FROM ${this.bundles} WHERE ledger_id = ? AND bundle_index = ?`;
    return cachedStatement(db, sql).get(ledgerId, index) as StoredTile | undefined;
  }

  /** Writes a grown tile or bundle (never shrinks a stored one) and the size it belongs to. */
  put(db: Database, ledgerId: string, write: TileWrite): void {
    if (write.level === 'entries') {
      cachedStatement(
        db,
        `INSERT INTO ${this.bundles} (ledger_id, bundle_index, width, entries) VALUES (?, ?, ?, ?)
         ON CONFLICT (ledger_id, bundle_index) DO UPDATE SET width = excluded.width, entries = excluded.entries
         WHERE excluded.width > ${this.bundles}.width`,
      ).run(ledgerId, write.index, write.width, write.bytes);
    } else {
      cachedStatement(
        db,
        `INSERT INTO ${this.tiles} (ledger_id, level, tile_index, width, hashes) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (ledger_id, level, tile_index) DO UPDATE SET width = excluded.width, hashes = excluded.hashes
         WHERE excluded.width > ${this.tiles}.width`,
      ).run(ledgerId, write.level, write.index, write.width, write.bytes);
    }
  }

  putSize(db: Database, ledgerId: string, size: number): void {
    cachedStatement(
      db,
      `INSERT INTO ${this.sizes} (ledger_id, size) VALUES (?, ?) ON CONFLICT (ledger_id) DO UPDATE SET size = excluded.size`,
    ).run(ledgerId, size);
  }
}
