import { copyOf, isMerkleHash } from './hash-bytes.js';
import { hashChildren } from './merkle-hash.js';
import type { MerkleNodeReader } from './merkle-node-reader.js';
import { powerOfTwo } from './tree-size-arithmetic.js';

/**
 * A MerkleNodeReader over leaf hashes held in memory, computing node hashes on first use and
 * caching them: for tests, the offline verifier and small trees. A node costs one hash once its
 * children are known; reading the root of a perfect tree of n leaves costs n − 1 hashes.
 */
export class LeafHashesNodeReader implements MerkleNodeReader {
  private readonly levels: Buffer[][];

  /** @throws RangeError when a leaf hash is not 32 bytes. The hashes are copied. */
  constructor(leafHashes: readonly Uint8Array[]) {
    const leaves = leafHashes.map((hash, i) => {
      if (!isMerkleHash(hash)) throw new RangeError(`leaf hash ${i} is not 32 bytes`);
      return copyOf(hash);
    });
    this.levels = [leaves];
  }

  /** Number of leaves. */
  get size(): number {
    return this.levels[0]!.length;
  }

  /** @throws RangeError for a node that is not entirely inside the tree. */
  nodeHash(level: number, index: number): Buffer {
    if (!Number.isInteger(level) || level < 0 || !Number.isSafeInteger(index) || index < 0 || (index + 1) * powerOfTwo(level) > this.size) {
      throw new RangeError(`node (${level}, ${index}) is not inside a tree of ${this.size} leaves`);
    }
    return this.computed(level, index);
  }

  private computed(level: number, index: number): Buffer {
    const row = (this.levels[level] ??= []);
    return (row[index] ??= hashChildren(this.computed(level - 1, 2 * index), this.computed(level - 1, 2 * index + 1)));
  }
}
