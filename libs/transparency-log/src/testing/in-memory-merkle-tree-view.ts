import { hashLeaf, LeafHashesNodeReader, merkleRoot } from '#integrity';
import { MerkleTreeView } from '../merkle-tree-view.js';

/** A MerkleTreeView over record hashes held in memory, for tests: leaf data = the 32-byte record hash. */
export class InMemoryMerkleTreeView extends MerkleTreeView {
  private readonly leafHashes = new Map<string, Buffer[]>();

  /** Appends the leaves of records with these hashes. */
  append(ledgerId: string, ...recordHashes: Buffer[]): this {
    this.leavesOf(ledgerId).push(...recordHashes.map((hash) => hashLeaf(hash)));
    return this;
  }

  /** Replaces the whole tree, as a rebuild from a rewritten or truncated log would. */
  replace(ledgerId: string, recordHashes: Buffer[]): this {
    this.leafHashes.set(ledgerId, recordHashes.map((hash) => hashLeaf(hash)));
    return this;
  }

  override treeSize(ledgerId: string): number {
    return this.leavesOf(ledgerId).length;
  }

  override root(ledgerId: string, size: number): Buffer {
    const leaves = this.leavesOf(ledgerId);
    if (size > leaves.length) throw new RangeError(`the tree of ${ledgerId} has ${leaves.length} leaves, not ${size}`);
    return merkleRoot(size, new LeafHashesNodeReader(leaves.slice(0, size)));
  }

  private leavesOf(ledgerId: string): Buffer[] {
    let leaves = this.leafHashes.get(ledgerId);
    if (leaves === undefined) this.leafHashes.set(ledgerId, (leaves = []));
    return leaves;
  }
}
