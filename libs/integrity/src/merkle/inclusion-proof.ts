import type { MerkleNodeReader } from './merkle-node-reader.js';
import { rangeRoot } from './range-root.js';
import { isTreeSize, largestPowerOfTwoBelow } from './tree-size-arithmetic.js';

/**
 * PATH(index, D[0:size]) of RFC 9162 §2.1.3.1: the sibling hashes from the leaf up to the root,
 * leaf level first. Walks down from the root, splitting at the largest power of two below the
 * range's size, taking each sibling subtree's root from the reader without descending into it:
 * at most 2·log2(size) + 1 reader calls.
 * @throws RangeError unless 0 ≤ index < size are safe integers; whatever the reader throws.
 */
export function inclusionProof(index: number, size: number, reader: MerkleNodeReader): Buffer[] {
  if (!isTreeSize(index) || !isTreeSize(size) || index >= size) {
    throw new RangeError(`an inclusion proof needs 0 ≤ index < size, got index ${index}, size ${size}`);
  }
  const topDown: Buffer[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const split = start + largestPowerOfTwoBelow(end - start);
    if (index < split) {
      topDown.push(rangeRoot(reader, split, end));
      end = split;
    } else {
      topDown.push(rangeRoot(reader, start, split));
      start = split;
    }
  }
  return topDown.reverse();
}
