import { isTreeSize, powerOfTwo } from './tree-size-arithmetic.js';

/** C2SP tlog-tiles "Merkle Tree": a tile spans 8 tree levels… */
export const TILE_HEIGHT = 8;
/** …and holds up to 2^8 = 256 hashes (8,192 bytes) when full. */
export const TILE_WIDTH = 256;
/** tlog-tiles: `<L>` is between 0 and 63. */
export const MAX_TILE_LEVEL = 63;

/** Where a node's hash comes from in the tiles: `count` consecutive hashes of one tile, from `firstStored`. */
export interface TileSlot {
  tileLevel: number;
  tileIndex: number;
  /** Position in the tile of the first stored hash under the node. */
  firstStored: number;
  /** How many stored hashes hash up to the node: 2^(level mod 8). */
  count: number;
}

/**
 * Which tile holds node (level, index) (C2SP tlog-tiles "Merkle Tree"): the tile at level
 * floor(level / 8) stores the nodes of tree level 8·L, the n-th tile those with indexes
 * [256n, 256n + 256). A node between two stored levels is the root of 2^(level mod 8)
 * consecutive stored hashes of one tile (see nodeHashFromTile).
 * @throws RangeError unless level is an integer with floor(level / 8) ≤ 63 and index a
 *   non-negative safe integer.
 */
export function tileOfNode(level: number, index: number): TileSlot {
  if (!Number.isInteger(level) || level < 0 || Math.floor(level / TILE_HEIGHT) > MAX_TILE_LEVEL || !isTreeSize(index)) {
    throw new RangeError(`no tile holds node (${level}, ${index})`);
  }
  const tileLevel = Math.floor(level / TILE_HEIGHT);
  const count = powerOfTwo(level % TILE_HEIGHT);
  const firstStoredIndex = index * count;
  return { tileLevel, tileIndex: Math.floor(firstStoredIndex / TILE_WIDTH), firstStored: firstStoredIndex % TILE_WIDTH, count };
}

/**
 * The width of tile (tileLevel, tileIndex) in a tree of `size` leaves (C2SP tlog-tiles "Partial
 * Tiles"): 256 for a full tile, floor(size / 256^L) mod 256 for the partial one, 0 for a tile the
 * tree does not have yet. Also the width of entry bundle N when tileLevel is 0.
 * @throws RangeError unless tileLevel is an integer in 0..63 and tileIndex and size non-negative safe integers.
 */
export function tileWidth(tileLevel: number, tileIndex: number, size: number): number {
  if (!Number.isInteger(tileLevel) || tileLevel < 0 || tileLevel > MAX_TILE_LEVEL || !isTreeSize(tileIndex) || !isTreeSize(size)) {
    throw new RangeError(`no tile (${tileLevel}, ${tileIndex}) in a tree of size ${size}`);
  }
  const storedNodes = Math.floor(size / powerOfTwo(TILE_HEIGHT * tileLevel));
  return Math.max(0, Math.min(TILE_WIDTH, storedNodes - tileIndex * TILE_WIDTH));
}
