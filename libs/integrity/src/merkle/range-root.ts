import { hashChildren } from './merkle-hash.js';
import type { MerkleNodeReader } from './merkle-node-reader.js';
import { perfectSubtrees } from './perfect-subtrees.js';

/**
 * MTH(D[start:end]) (RFC 9162 §2.1.1) from the perfect subtrees covering the range: one reader call
 * per subtree, at most log2(end − start) + 1, never descending into one. Precondition: end > start
 * and start is a multiple of a power of two ≥ end − start.
 */
export function rangeRoot(reader: MerkleNodeReader, start: number, end: number): Buffer {
  const hashes = perfectSubtrees(start, end).map(({ level, index }) => reader.nodeHash(level, index));
  let root = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) root = hashChildren(hashes[i]!, root);
  return root;
}
