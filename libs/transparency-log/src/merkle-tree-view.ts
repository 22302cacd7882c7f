/**
 * The port to a ledger's RFC 9162 Merkle tree (leaf i = the 32-byte hash of the record with
 * sequence i + 1), as the tile-store read model serves it. The tree is a read model: it may lag
 * behind the log, and a rebuild may make it shorter for a while.
 */
export abstract class MerkleTreeView {
  /** The number of leaves the tree holds for the ledger; 0 for a ledger it does not know. */
  abstract treeSize(ledgerId: string): number;

  /**
   * MTH of the ledger's first `size` leaves (32 bytes).
   * @throws when `size` exceeds {@link treeSize} or the tree cannot be read.
   */
  abstract root(ledgerId: string, size: number): Buffer;
}
