import { asBuffer } from './hash-bytes.js';
import { hashChildren, MERKLE_HASH_SIZE } from './merkle-hash.js';
import { TILE_WIDTH, tileOfNode } from './tile-geometry.js';
import { TileFormatError } from './tile-format-error.js';
import { tileHashes } from './tile-hashes.js';

/**
 * Hash of node (level, index) from the tile tileOfNode(level, index) names, given as its bytes or
 * as its hashes: the stored hashes under the node, hashed up level%8 times (C2SP tlog-tiles
 * "Merkle Tree": "The Merkle Tree levels between those expressed by the tile hashes are
 * reconstructed by hashing the leaves"). A partial tile serves the nodes it covers completely.
 * @throws TileFormatError when the tile is not 1 to 256 hashes of 32 bytes;
 *   RangeError when the node is not covered by the tile (or tileOfNode refuses it).
 */
export function nodeHashFromTile(tile: Uint8Array | readonly Uint8Array[], level: number, index: number): Buffer {
  const hashes = tile instanceof Uint8Array ? tileHashes(tile) : tile;
  if (!(tile instanceof Uint8Array) && (hashes.length === 0 || hashes.length > TILE_WIDTH || hashes.some((h) => h.length !== MERKLE_HASH_SIZE))) {
    throw new TileFormatError('a hash tile holds 1 to 256 hashes of 32 bytes');
  }
  const { firstStored, count } = tileOfNode(level, index);
  if (firstStored + count > hashes.length) {
    throw new RangeError(`node (${level}, ${index}) needs hashes ${firstStored}..${firstStored + count - 1} of its tile, which has ${hashes.length}`);
  }
  let row = hashes.slice(firstStored, firstStored + count).map(asBuffer);
  while (row.length > 1) row = Array.from({ length: row.length / 2 }, (_, i) => hashChildren(row[2 * i]!, row[2 * i + 1]!));
  return Buffer.from(row[0]!);
}
