import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '#read-models';
import { ReadYourWritesBarrier } from '../../platform/read-your-writes/read-your-writes.barrier.js';
import { GetLedgerQuery } from './get-ledger.query.js';
import type { LedgerSummary } from './ledger-summary.js';

@QueryHandler(GetLedgerQuery)
export class GetLedgerHandler implements IQueryHandler<GetLedgerQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async execute(query: GetLedgerQuery): Promise<LedgerSummary> {
    await this.barrier.wait();
    const head = this.readModels.ledgerHeads.get(query.ledgerId);
    return { ledgerId: query.ledgerId, length: head.length, headSequence: head.headSequence, headHash: head.headHash };
  }
}
