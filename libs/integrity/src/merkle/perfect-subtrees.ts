import type { MerkleNodeId } from './merkle-node-reader.js';
import { largestAlignedLevel, powerOfTwo } from './tree-size-arithmetic.js';

/**
 * The perfect subtrees that make up the leaves [start, end), largest first: the nodes that
 * RFC 9162 §2.1.1's MTH(D[start:end]) is folded from, when `start` is a multiple of a power of two
 * at least end − start (as every range that MTH recurses into is).
 */
export function perfectSubtrees(start: number, end: number): MerkleNodeId[] {
  const nodes: MerkleNodeId[] = [];
  for (let at = start; at < end; ) {
    const level = largestAlignedLevel(at, end);
    nodes.push({ level, index: at / powerOfTwo(level) });
    at += powerOfTwo(level);
  }
  return nodes;
}
