import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels } from '#read-models';
import { GetLedgerQuery } from './get-ledger.query.js';
import type { LedgerSummary } from './ledger-summary.js';

@QueryHandler(GetLedgerQuery)
export class GetLedgerHandler implements IQueryHandler<GetLedgerQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: GetLedgerQuery): Promise<LedgerSummary> {
    const head = this.readModels.ledgerHeads.get(query.ledgerId);
    return { ledgerId: query.ledgerId, length: head.length, headSequence: head.headSequence, headHash: head.headHash };
  }
}
