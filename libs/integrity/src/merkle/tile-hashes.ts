import { asBuffer } from './hash-bytes.js';
import { MERKLE_HASH_SIZE } from './merkle-hash.js';
import { TILE_WIDTH } from './tile-geometry.js';
import { TileFormatError } from './tile-format-error.js';

/**
 * The hashes of a hash tile's bytes (C2SP tlog-tiles "Merkle Tree": consecutive 32-byte hashes,
 * 256 in a full tile, 1 to 255 in a partial one). The hashes are views of the input, not copies.
 * @throws TileFormatError for an empty tile, a length that is not a multiple of 32, or over 256 hashes.
 */
export function tileHashes(tile: Uint8Array): Buffer[] {
  if (tile.length === 0 || tile.length % MERKLE_HASH_SIZE !== 0 || tile.length > TILE_WIDTH * MERKLE_HASH_SIZE) {
    throw new TileFormatError(`a hash tile holds 1 to 256 hashes of 32 bytes, got ${tile.length} bytes`);
  }
  const bytes = asBuffer(tile);
  return Array.from({ length: tile.length / MERKLE_HASH_SIZE }, (_, i) => bytes.subarray(i * MERKLE_HASH_SIZE, (i + 1) * MERKLE_HASH_SIZE));
}
