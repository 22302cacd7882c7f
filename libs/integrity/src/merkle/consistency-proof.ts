import type { MerkleNodeReader } from './merkle-node-reader.js';
import { rangeRoot } from './range-root.js';
import { isTreeSize, largestPowerOfTwoBelow } from './tree-size-arithmetic.js';

/**
 * PROOF(fromSize, D[0:toSize]) of RFC 9162 §2.1.4.1 (SUBPROOF with b = true), bottom level
 * first: empty when fromSize == toSize. Subtree roots come from the reader without descending
 * into them: at most 2·log2(toSize) + 2 reader calls.
 *
 * The RFC defines no proof from the empty tree (it requires 0 < fromSize), and
 * verifyConsistency refuses one, so fromSize 0 is refused here too.
 * @throws RangeError unless 0 < fromSize ≤ toSize are safe integers; whatever the reader throws.
 */
export function consistencyProof(fromSize: number, toSize: number, reader: MerkleNodeReader): Buffer[] {
  if (!isTreeSize(fromSize) || !isTreeSize(toSize) || fromSize === 0 || fromSize > toSize) {
    throw new RangeError(`a consistency proof needs 0 < fromSize ≤ toSize, got ${fromSize} and ${toSize}`);
  }
  const topDown: Buffer[] = [];
  let start = 0;
  let end = toSize;
  // SUBPROOF's b: true while the old tree's root is a subtree the verifier already holds.
  let holdsOldRoot = true;
  while (fromSize !== end) {
    const split = start + largestPowerOfTwoBelow(end - start);
    if (fromSize <= split) {
      topDown.push(rangeRoot(reader, split, end));
      end = split;
    } else {
      topDown.push(rangeRoot(reader, start, split));
      start = split;
      holdsOldRoot = false;
    }
  }
  if (!holdsOldRoot) topDown.push(rangeRoot(reader, start, end));
  return topDown.reverse();
}
