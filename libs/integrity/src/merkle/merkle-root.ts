import { EMPTY_TREE_ROOT } from './merkle-hash.js';
import type { MerkleNodeReader } from './merkle-node-reader.js';
import { rangeRoot } from './range-root.js';
import { isTreeSize } from './tree-size-arithmetic.js';

/**
 * MTH(D[0:size]) (RFC 9162 §2.1.1): EMPTY_TREE_ROOT for size 0, otherwise folded from the right
 * edge of the tree, one reader call per set bit of `size`.
 * @throws RangeError unless size is a non-negative safe integer; whatever the reader throws.
 */
export function merkleRoot(size: number, reader: MerkleNodeReader): Buffer {
  if (!isTreeSize(size)) throw new RangeError(`tree size must be a non-negative safe integer, got ${size}`);
  return size === 0 ? Buffer.from(EMPTY_TREE_ROOT) : rangeRoot(reader, 0, size);
}
