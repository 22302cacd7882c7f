import { copyOf, isMerkleHash } from './hash-bytes.js';
import { EMPTY_TREE_ROOT, hashChildren } from './merkle-hash.js';
import { half, isOdd, isTreeSize, popCount } from './tree-size-arithmetic.js';

/** Told of every perfect node an append completes: its place and its hash. */
export type MerkleNodeListener = (level: number, index: number, hash: Buffer) => void;

/**
 * Maintains a Merkle tree (RFC 9162 §2.1.1) as leaf hashes are appended, holding only its right
 * edge: the roots of the perfect subtrees decomposing [0, size), largest first (rightEdgeNodes).
 * An append costs one interior hash amortized (plus the caller's leaf hash) and reports every
 * perfect node it completes, the leaf itself (level 0) first and then upwards, so that a store
 * can persist them for a MerkleNodeReader.
 */
export class MerkleTreeBuilder {
  private readonly stack: Buffer[];
  private leaves: number;

  /**
   * Starts empty, or resumes a tree of `size` leaves from its right edge (as `edge()` returned it).
   * @throws RangeError unless size is a non-negative safe integer and edge holds one 32-byte hash
   *   per set bit of size.
   */
  constructor(size = 0, edge: readonly Uint8Array[] = []) {
    if (!isTreeSize(size)) throw new RangeError(`tree size must be a non-negative safe integer, got ${size}`);
    if (edge.length !== popCount(size) || !edge.every(isMerkleHash)) {
      throw new RangeError(`a tree of size ${size} has a right edge of ${popCount(size)} 32-byte hashes, got ${edge.length}`);
    }
    this.leaves = size;
    this.stack = edge.map(copyOf);
  }

  get size(): number {
    return this.leaves;
  }

  /**
   * Appends one leaf hash (hashLeaf of the leaf data) and reports the nodes it completes.
   * @throws RangeError when the leaf hash is not 32 bytes or the tree is full (2^53 − 1 leaves).
   */
  append(leafHash: Uint8Array, onNode?: MerkleNodeListener): void {
    if (!isMerkleHash(leafHash)) throw new RangeError('the leaf hash is not 32 bytes');
    if (!isTreeSize(this.leaves + 1)) throw new RangeError('the tree is full');
    let hash = copyOf(leafHash);
    let level = 0;
    let index = this.leaves;
    onNode?.(level, index, hash);
    // An odd index is a right child: its left sibling is the last perfect subtree on the edge.
    while (isOdd(index)) {
      hash = hashChildren(this.stack.pop()!, hash);
      level++;
      index = half(index);
      onNode?.(level, index, hash);
    }
    this.stack.push(hash);
    this.leaves++;
  }

  /** MTH of the leaves appended so far (EMPTY_TREE_ROOT for none), folded from the right edge. */
  root(): Buffer {
    if (this.stack.length === 0) return Buffer.from(EMPTY_TREE_ROOT);
    let root = this.stack[this.stack.length - 1]!;
    for (let i = this.stack.length - 2; i >= 0; i--) root = hashChildren(this.stack[i]!, root);
    return Buffer.from(root);
  }

  /** The right edge, largest subtree first, in the order rightEdgeNodes(size) names them (copies). */
  edge(): Buffer[] {
    return this.stack.map(copyOf);
  }
}
