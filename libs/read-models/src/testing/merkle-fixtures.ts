import type { Database } from 'better-sqlite3';
import { hashLeaf, LeafHashesNodeReader, TILE_HEIGHT, TILE_WIDTH } from '#integrity';
import type { MerkleTileTables } from '../merkle-tree/merkle-tile-tables.js';

type StoredRow = Omit<TileRow, 'hex'> & { bytes: Buffer };

/** A tile or bundle row as the tests compare them. */
export interface TileRow {
  level: number | 'entries';
  index: number;
  width: number;
  /** The stored bytes in hex: jest compares (and diffs) strings far faster than Buffers. */
  hex: string;
}

/** The leaf data of records with these hashes (hex). */
export const leafDataOf = (hashes: readonly string[]): Buffer[] => hashes.map((hash) => Buffer.from(hash, 'hex'));

/**
 * Every hash tile and entry bundle of the tree of these leaves, computed from the leaves directly
 * (with LeafHashesNodeReader, not the tile writer), in the order {@link storedTiles} lists them.
 */
export function expectedTiles(leafData: readonly Buffer[]): TileRow[] {
  const reader = new LeafHashesNodeReader(leafData.map((data) => hashLeaf(data)));
  const rows: TileRow[] = [];
  for (let level = 0; Math.floor(leafData.length / TILE_WIDTH ** level) > 0; level++) {
    const nodes = Array.from({ length: Math.floor(leafData.length / TILE_WIDTH ** level) }, (_, j) => reader.nodeHash(TILE_HEIGHT * level, j));
    rows.push(...chunks(nodes).map((hashes, index) => ({ level, index, width: hashes.length, hex: Buffer.concat(hashes).toString('hex') })));
  }
  rows.push(...chunks(leafData).map((entries, index) => ({ level: 'entries' as const, index, width: entries.length, hex: Buffer.concat(entries).toString('hex') })));
  return rows;
}

/** Every stored tile of the ledger (levels in order), then its entry bundles. */
export function storedTiles(db: Database, tables: MerkleTileTables, ledgerId: string): TileRow[] {
  const tiles = db
    .prepare(`SELECT level, tile_index AS "index", width, hashes AS bytes FROM ${tables.tiles} WHERE ledger_id = ? ORDER BY level, tile_index`)
    .all(ledgerId) as StoredRow[];
  const bundles = db
    .prepare(`SELECT 'entries' AS level, bundle_index AS "index", width, entries AS bytes FROM ${tables.bundles} WHERE ledger_id = ? ORDER BY bundle_index`)
    .all(ledgerId) as StoredRow[];
  return [...tiles, ...bundles].map(({ level, index, width, bytes }) => ({ level, index, width, hex: bytes.toString('hex') }));
}

function chunks<T>(items: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / TILE_WIDTH) }, (_, i) => items.slice(i * TILE_WIDTH, (i + 1) * TILE_WIDTH));
}
