import { Query } from '@nestjs/cqrs';

export interface CheckpointView {
  treeSize: number;
  /** Lowercase hex, like every hash in the API (the note carries it in base64). */
  rootHash: string;
  createdAt: string;
  note: string;
}

export interface CheckpointPage {
  checkpoints: CheckpointView[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** A page of the ledger's signed checkpoints, largest tree size first. */
export class ListCheckpointsQuery extends Query<CheckpointPage> {
  constructor(
    readonly ledgerId: string,
    readonly limit: number,
    readonly beforeSize: number | undefined,
  ) {
    super();
  }
}
