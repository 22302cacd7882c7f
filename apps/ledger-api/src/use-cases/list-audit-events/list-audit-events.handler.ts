import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ReadModels, type AuditEventPage } from '#read-models';
import { ReadYourWritesBarrier } from '../../platform/read-your-writes/read-your-writes.barrier.js';
import { ListAuditEventsQuery } from './list-audit-events.query.js';

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(
    private readonly readModels: ReadModels,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async execute(query: ListAuditEventsQuery): Promise<AuditEventPage> {
    await this.barrier.wait();
    return this.readModels.auditEvents.list(query.ledgerId, query.filter);
  }
}
