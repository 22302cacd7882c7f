import {
  hashLeaf,
  MerkleTreeBuilder,
  nodeHashFromTile,
  rightEdgeNodes,
  TILE_HEIGHT,
  TILE_WIDTH,
  tileOfNode,
} from '#integrity';
import type { StoredTile, TileWrite } from './merkle-tile-tables.js';

const HASH_SIZE = 32;

/** The right-most tile of a level (or the last entry bundle), as it grows. */
interface OpenTile {
  level: number | 'entries';
  index: number;
  width: number;
  /** A full tile's worth; the first width·32 bytes are set. */
  bytes: Buffer;
}

/** Where a writer resumes from: the stored tiles of its ledger. */
export interface StoredTileSource {
  tile(level: number, index: number): StoredTile | undefined;
  bundle(index: number): StoredTile | undefined;
}

/**
 * One ledger's tree as it grows: the builder's right edge plus the partial tile of each tile level
 * and the partial entry bundle, which are all an append needs. An append costs the leaf hash and
 * one interior hash amortized; the tiles it touched are handed out by {@link takeWrites}, each once
 * at its latest width, so a batch writes each touched tile once.
 */
export class LedgerTileWriter {
  private readonly builder: MerkleTreeBuilder;
  private readonly open: OpenTile[];
  private bundle: OpenTile | undefined;
  private readonly touched = new Set<OpenTile>();
  private readonly onNode = (level: number, index: number, hash: Buffer): void => {
    if (level % TILE_HEIGHT !== 0) return;
    const tile = this.tileFor(level / TILE_HEIGHT, index);
    hash.copy(tile.bytes, (index % TILE_WIDTH) * HASH_SIZE);
    tile.width = (index % TILE_WIDTH) + 1;
  };

  private constructor(size: number, edge: Buffer[], open: OpenTile[], bundle: OpenTile | undefined) {
    this.builder = new MerkleTreeBuilder(size, edge);
    this.open = open;
    this.bundle = bundle;
  }

  /** A tree without leaves. */
  static empty(): LedgerTileWriter {
    return new LedgerTileWriter(0, [], [], undefined);
  }

  /**
   * The tree of `size` leaves whose tiles `source` holds: reads the partial tile of each level and
   * the partial bundle (one read each, about log256(size) in all), and the right edge from them.
   * @throws Error when a tile the size implies is missing or narrower (the tables are inconsistent).
   */
  static resume(ledgerId: string, size: number, source: StoredTileSource): LedgerTileWriter {
    const open: OpenTile[] = [];
    for (let level = 0; Math.floor(size / TILE_WIDTH ** level) > 0; level++) {
      const stored = Math.floor(size / TILE_WIDTH ** level);
      const index = Math.floor(stored / TILE_WIDTH);
      const width = stored % TILE_WIDTH;
      if (width > 0) open[level] = copyOpen(level, index, width, source.tile(level, index), ledgerId);
    }
    const edge = rightEdgeNodes(size).map(({ level, index }) => {
      const tile = open[tileOfNode(level, index).tileLevel]!;
      return nodeHashFromTile(tile.bytes.subarray(0, tile.width * HASH_SIZE), level, index);
    });
    const bundleIndex = Math.floor(size / TILE_WIDTH);
    const bundleWidth = size % TILE_WIDTH;
    const bundle = bundleWidth > 0 ? copyOpen('entries', bundleIndex, bundleWidth, source.bundle(bundleIndex), ledgerId) : undefined;
    return new LedgerTileWriter(size, edge, open, bundle);
  }

  get size(): number {
    return this.builder.size;
  }

  /** Appends the leaf with this data (a record's 32-byte hash). */
  append(data: Buffer): void {
    const at = this.builder.size;
    const bundle = (this.bundle = this.grow(this.bundle, 'entries', Math.floor(at / TILE_WIDTH)));
    data.copy(bundle.bytes, (at % TILE_WIDTH) * HASH_SIZE);
    bundle.width = (at % TILE_WIDTH) + 1;
    this.builder.append(hashLeaf(data), this.onNode);
  }

  /** MTH of the leaves so far. */
  root(): Buffer {
    return this.builder.root();
  }

  /** The tiles and bundles appends changed since the last call, each once, at its current width. */
  takeWrites(): TileWrite[] {
    const writes = [...this.touched].map(({ level, index, width, bytes }) => ({
      level,
      index,
      width,
      bytes: bytes.subarray(0, width * HASH_SIZE),
    }));
    this.touched.clear();
    return writes;
  }

  private tileFor(level: number, nodeIndex: number): OpenTile {
    return (this.open[level] = this.grow(this.open[level], level, Math.floor(nodeIndex / TILE_WIDTH)));
  }

  /** The open tile at `index`: the current one, or a fresh one once it is full (the full one stays in `touched`). */
  private grow(tile: OpenTile | undefined, level: number | 'entries', index: number): OpenTile {
    if (tile?.index !== index) tile = { level, index, width: 0, bytes: Buffer.alloc(TILE_WIDTH * HASH_SIZE) };
    this.touched.add(tile);
    return tile;
  }
}

function copyOpen(level: number | 'entries', index: number, width: number, stored: StoredTile | undefined, ledgerId: string): OpenTile {
  if (!stored || stored.width < width) {
    const name = level === 'entries' ? `entry bundle ${index}` : `tile ${level}/${index}`;
    throw new Error(`ledger ${ledgerId}: ${name} holds ${stored?.width ?? 0} hashes, its tree needs ${width}: the tiles are inconsistent`);
  }
  const bytes = Buffer.alloc(TILE_WIDTH * HASH_SIZE);
  stored.bytes.copy(bytes, 0, 0, width * HASH_SIZE);
  return { level, index, width, bytes };
}
