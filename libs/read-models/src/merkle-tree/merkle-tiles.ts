import type { Database } from 'better-sqlite3';
import { consistencyProof, encodeEntryBundle, inclusionProof, MAX_TILE_LEVEL, merkleRoot, TILE_WIDTH, tileHashes } from '#integrity';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { generationProjectionName } from '../projector/generation-names.js';
import { LedgerTileWriter } from './ledger-tile-writer.js';
import { merkleLeafOf } from './merkle-leaf.js';
import { MerkleTileTables, type StoredTile } from './merkle-tile-tables.js';
import { StoredTileReader } from './stored-tile-reader.js';

export interface MerkleTilesOptions {
  /** 0 (default) for the tables `merkle_tiles`, …; a rebuild fills generation n (`merkle_tiles_g<n>`, …) beside them. */
  generation?: number;
}

export const MERKLE_TILES = 'merkle-tiles';

/** Ledgers whose growing tiles stay in memory between batches (~40 KiB each); others are re-read from their tiles. */
const CACHED_LEDGERS = 256;

/**
 * Read model `MerkleTiles`: each ledger as an RFC 9162 tree (leaf i = record i + 1, its data the
 * record's 32-byte hash), kept as C2SP tlog-tiles hash tiles (height 8) and entry bundles, so
 * roots, proofs and tiles are served from O(log n) tile reads and a rebuild regenerates them.
 */
export class MerkleTiles implements Projection {
  /** `merkle-tiles`, or `merkle-tiles@g<n>` for generation n (its own checkpoint). */
  readonly name: string;
  readonly version = 1;
  readonly tables: MerkleTileTables;
  /** Least recently used first. A writer is trusted only while its size is the stored size (a rolled-back batch leaves it ahead). */
  private readonly writers = new Map<string, LedgerTileWriter>();

  constructor(
    private readonly readStore: ReadStore,
    options: MerkleTilesOptions = {},
  ) {
    const generation = options.generation ?? 0;
    this.tables = new MerkleTileTables(generation);
    this.name = generationProjectionName(MERKLE_TILES, generation);
  }

  setup(db: Database): void {
    this.tables.create(db);
    this.writers.clear();
  }

  drop(db: Database): void {
    this.tables.drop(db);
    this.writers.clear();
  }

  apply(db: Database, event: RecordedEvent): void {
    this.applyBatch(db, [event]);
  }

  /**
   * Appends each ledger's new records as leaves, in sequence order; a record at or below the
   * stored size is a redelivery and changes nothing. Writes each touched tile once, and the size.
   * @throws Error, before writing anything, for a record past the next one (a gap: the log is
   *   broken, and the batch is retried until it is repaired), or with a malformed hash.
   */
  applyBatch(db: Database, events: readonly RecordedEvent[]): void {
    const appends = new Map<string, { stored: number; leaves: Buffer[] }>();
    for (const event of events) {
      const leaf = merkleLeafOf(event);
      if (!leaf) continue;
      let ledger = appends.get(leaf.ledgerId);
      if (!ledger) appends.set(leaf.ledgerId, (ledger = { stored: this.tables.size(db, leaf.ledgerId), leaves: [] }));
      const size = ledger.stored + ledger.leaves.length;
      if (leaf.sequence <= size) continue;
      if (leaf.sequence > size + 1) {
        throw new Error(`ledger ${leaf.ledgerId}: record ${leaf.sequence} (position ${event.position}) follows record ${size}; its tree cannot skip records`);
      }
      ledger.leaves.push(leaf.data);
    }
    for (const [ledgerId, { stored, leaves }] of appends) {
      if (leaves.length === 0) continue;
      const writer = this.writerAt(db, ledgerId, stored);
      for (const data of leaves) writer.append(data);
      for (const write of writer.takeWrites()) this.tables.put(db, ledgerId, write);
      this.tables.putSize(db, ledgerId, writer.size);
    }
  }

  /** The number of leaves (records) of the ledger's stored tree; 0 for an unknown ledger. */
  treeSize(ledgerId: string): number {
    return this.tables.size(this.readStore.db, ledgerId);
  }

  /** Every ledger the tree holds leaves of. */
  ledgerIds(): string[] {
    return this.tables.ledgerIds(this.readStore.db);
  }

  /** A node reader over the ledger's stored tiles, for one request (it caches the tiles it reads). */
  reader(ledgerId: string): StoredTileReader {
    return new StoredTileReader(ledgerId, (level, index) => this.tables.tile(this.readStore.db, ledgerId, level, index));
  }

  /** MTH of the ledger's first `size` records. @throws RangeError unless 0 ≤ size ≤ treeSize. */
  root(ledgerId: string, size: number): Buffer {
    this.checkSize(ledgerId, size);
    return merkleRoot(size, this.reader(ledgerId));
  }

  /** PATH(index, D[0:size]), leaf level first. @throws RangeError unless 0 ≤ index < size ≤ treeSize. */
  inclusionProof(ledgerId: string, index: number, size: number): Buffer[] {
    this.checkSize(ledgerId, size);
    return inclusionProof(index, size, this.reader(ledgerId));
  }

  /** PROOF(fromSize, D[0:toSize]). @throws RangeError unless 0 < fromSize ≤ toSize ≤ treeSize. */
  consistencyProof(ledgerId: string, fromSize: number, toSize: number): Buffer[] {
    this.checkSize(ledgerId, toSize);
    return consistencyProof(fromSize, toSize, this.reader(ledgerId));
  }

  /** The hash of leaf `index` (record index + 1). @throws RangeError unless 0 ≤ index < treeSize. */
  leafHash(ledgerId: string, index: number): Buffer {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.treeSize(ledgerId)) {
      throw new RangeError(`ledger ${ledgerId} has no leaf ${index} (its tree has ${this.treeSize(ledgerId)})`);
    }
    return this.reader(ledgerId).nodeHash(0, index);
  }

  /**
   * The bytes of hash tile `level`/`index` as tlog-tiles serves it: with `width`, exactly its first
   * `width` hashes; without, only a full tile. Undefined when the stored tile is narrower (or absent).
   * @throws RangeError for a level outside 0..63, a negative index, or a width outside 1..256.
   */
  hashTile(ledgerId: string, level: number, index: number, width?: number): Buffer | undefined {
    if (!Number.isInteger(level) || level < 0 || level > MAX_TILE_LEVEL) throw new RangeError(`no tile level ${level}`);
    const tile = this.tables.tile(this.readStore.db, ledgerId, level, checkIndex(index));
    const bytes = prefix(tile, checkWidth(width));
    return bytes && Buffer.from(bytes);
  }

  /**
   * Entry bundle `index` (the data of leaves 256·index …) encoded as tlog-tiles serves it, with the
   * same width rules as {@link hashTile}. @throws RangeError for a negative index or a width outside 1..256.
   */
  entryBundle(ledgerId: string, index: number, width?: number): Buffer | undefined {
    const bytes = prefix(this.tables.bundle(this.readStore.db, ledgerId, checkIndex(index)), checkWidth(width));
    return bytes && encodeEntryBundle(tileHashes(bytes));
  }

  private writerAt(db: Database, ledgerId: string, stored: number): LedgerTileWriter {
    let writer = this.writers.get(ledgerId);
    this.writers.delete(ledgerId);
    if (writer?.size !== stored) {
      writer =
        stored === 0
          ? LedgerTileWriter.empty()
          : LedgerTileWriter.resume(ledgerId, stored, {
              tile: (level, index) => this.tables.tile(db, ledgerId, level, index),
              bundle: (index) => this.tables.bundle(db, ledgerId, index),
            });
    }
    this.writers.set(ledgerId, writer);
    if (this.writers.size > CACHED_LEDGERS) this.writers.delete(this.writers.keys().next().value!);
    return writer;
  }

  private checkSize(ledgerId: string, size: number): void {
    const treeSize = this.treeSize(ledgerId);
    if (!Number.isSafeInteger(size) || size < 0 || size > treeSize) {
      throw new RangeError(`ledger ${ledgerId} has a tree of ${treeSize} leaves, not ${size}`);
    }
  }
}

const checkIndex = (index: number): number => {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`no tile index ${index}`);
  return index;
};

const checkWidth = (width: number | undefined): number => {
  if (width === undefined) return TILE_WIDTH;
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError(`a tile width is 1 to 256, got ${width}`);
  return width;
};

/** The first `width` items of the stored tile, or undefined if it has fewer. */
const prefix = (tile: StoredTile | undefined, width: number): Buffer | undefined =>
  tile && tile.width >= width ? tile.bytes.subarray(0, width * 32) : undefined;
