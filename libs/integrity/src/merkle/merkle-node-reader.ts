/**
 * Source of the hashes of perfect, aligned subtrees: node (level, index) is the root of the
 * leaves [index·2^level, (index+1)·2^level); level 0 holds the leaf hashes. The functions that
 * take a reader call it only for nodes entirely inside the tree they are asked about, and only
 * O(log n) times. A reader returns 32-byte hashes and throws if it does not have the node.
 */
export interface MerkleNodeReader {
  nodeHash(level: number, index: number): Buffer;
}

/** A node of the tree: the root of the leaves [index·2^level, (index+1)·2^level). */
export interface MerkleNodeId {
  level: number;
  index: number;
}
