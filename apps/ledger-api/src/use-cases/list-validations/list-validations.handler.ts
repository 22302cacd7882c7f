import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels, validationViews } from '#read-models';
import { ReadYourWritesBarrier } from '../../platform/read-your-writes/read-your-writes.barrier.js';
import { ListValidationsQuery, type ValidationListAnswer } from './list-validations.query.js';

/** The page's sequences from ValidationIndex, each validation with its full record from AuditEventIndex. */
@QueryHandler(ListValidationsQuery)
export class ListValidationsHandler implements IQueryHandler<ListValidationsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async execute(query: ListValidationsQuery): Promise<ValidationListAnswer> {
    await this.barrier.wait();
    const page = this.readModels.validations.list(query.ledgerId, query.filter);
    return {
      validations: validationViews(this.readModels.auditEvents, query.ledgerId, page.sequences),
      hasMore: page.hasMore,
      nextCursor: page.nextCursor,
    };
  }
}
