import type { MerkleNodeId } from './merkle-node-reader.js';
import { perfectSubtrees } from './perfect-subtrees.js';
import { isTreeSize } from './tree-size-arithmetic.js';

/**
 * The right edge of a tree of `size` leaves: the perfect subtrees decomposing [0, size), largest
 * first, one per set bit of `size` (what a store keeps to resume appending, see MerkleTreeBuilder).
 * @throws RangeError unless size is a non-negative safe integer.
 */
export function rightEdgeNodes(size: number): MerkleNodeId[] {
  if (!isTreeSize(size)) throw new RangeError(`tree size must be a non-negative safe integer, got ${size}`);
  return perfectSubtrees(0, size);
}
