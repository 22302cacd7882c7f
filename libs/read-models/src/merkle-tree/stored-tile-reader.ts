import { nodeHashFromTile, tileOfNode, type MerkleNodeReader } from '#integrity';
import type { StoredTile } from './merkle-tile-tables.js';

/**
 * A MerkleNodeReader over one ledger's stored hash tiles: a node's hash is its tile's stored hashes
 * under it, hashed up (at most 255 hashes). Each distinct tile is read once, for the reader's
 * lifetime (absent ones too); a reader is meant for one request, not to be kept.
 */
export class StoredTileReader implements MerkleNodeReader {
  private readonly tiles = new Map<string, StoredTile | undefined>();
  private reads = 0;

  constructor(
    private readonly ledgerId: string,
    private readonly readTile: (level: number, index: number) => StoredTile | undefined,
  ) {}

  /** How many tiles the reader has read from the table (distinct tiles, so far). */
  get tileReads(): number {
    return this.reads;
  }

  /**
   * @throws RangeError when node (level, index) is not complete in the stored tree (its tile is
   *   missing or too narrow), naming the ledger, the node and the tile.
   */
  nodeHash(level: number, index: number): Buffer {
    const { tileLevel, tileIndex, firstStored, count } = tileOfNode(level, index);
    const key = `${tileLevel}/${tileIndex}`;
    if (!this.tiles.has(key)) {
      this.reads++;
      this.tiles.set(key, this.readTile(tileLevel, tileIndex));
    }
    const tile = this.tiles.get(key);
    if (!tile || tile.width < firstStored + count) {
      throw new RangeError(
        `node (${level}, ${index}) is not in the stored tree of ledger ${this.ledgerId}: ` +
          `it needs ${firstStored + count} hashes of tile ${key}, which holds ${tile?.width ?? 0}`,
      );
    }
    return nodeHashFromTile(tile.bytes, level, index);
  }
}
