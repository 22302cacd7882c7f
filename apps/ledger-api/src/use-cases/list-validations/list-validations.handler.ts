import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels, validationViews } from '#read-models';
import { ListValidationsQuery, type ValidationListAnswer } from './list-validations.query.js';

/** The page's sequences from ValidationIndex, each validation with its full record from AuditEventIndex. */
@QueryHandler(ListValidationsQuery)
export class ListValidationsHandler implements IQueryHandler<ListValidationsQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: ListValidationsQuery): Promise<ValidationListAnswer> {
    const page = this.readModels.validations.list(query.ledgerId, query.filter);
    return {
      validations: validationViews(this.readModels.auditEvents, query.ledgerId, page.sequences),
      hasMore: page.hasMore,
      nextCursor: page.nextCursor,
    };
  }
}
