import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels, type AuditEventPage } from '#read-models';
import { ListAuditEventsQuery } from './list-audit-events.query.js';

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: ListAuditEventsQuery): Promise<AuditEventPage> {
    return this.readModels.auditEvents.list(query.ledgerId, query.filter);
  }
}
