import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { LedgerCheckpoints } from '../../platform/transparency-log/ledger-checkpoints.js';
import { ListCheckpointsQuery, type CheckpointPage } from './list-checkpoints.query.js';

@QueryHandler(ListCheckpointsQuery)
export class ListCheckpointsHandler implements IQueryHandler<ListCheckpointsQuery> {
  constructor(private readonly checkpoints: LedgerCheckpoints) {}

  async execute(query: ListCheckpointsQuery): Promise<CheckpointPage> {
    const rows = this.checkpoints.store.list(query.ledgerId, { limit: query.limit + 1, beforeSize: query.beforeSize });
    const page = rows.slice(0, query.limit);
    const hasMore = rows.length > query.limit;
    return {
      checkpoints: page.map((c) => ({ treeSize: c.treeSize, rootHash: c.rootHash.toString('hex'), createdAt: c.createdAt, note: c.note })),
      hasMore,
      nextCursor: hasMore ? String(page[page.length - 1]!.treeSize) : null,
    };
  }
}
