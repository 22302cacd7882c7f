import { MerkleTreeView } from '#transparency-log';
import type { ReadModels } from '#read-models';

/** The checkpointer's view of each ledger's tree: the MerkleTiles read model's live generation. */
export class MerkleTilesTreeView extends MerkleTreeView {
  constructor(private readonly readModels: ReadModels) {
    super();
  }

  treeSize(ledgerId: string): number {
    return this.readModels.merkleTiles.treeSize(ledgerId);
  }

  root(ledgerId: string, size: number): Buffer {
    return this.readModels.merkleTiles.root(ledgerId, size);
  }
}
