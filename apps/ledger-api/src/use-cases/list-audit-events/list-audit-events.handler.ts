import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels, type AuditEventPage } from '#read-models';
import { ListAuditEventsQuery } from './list-audit-events.query.js';

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: ListAuditEventsQuery): Promise<AuditEventPage> {
    // The validation filters are answered from the ValidationIndex, kept in the same file and transaction.
    return this.readModels.auditEvents.list(query.ledgerId, query.filter, this.readModels.validations.tables);
  }
}
