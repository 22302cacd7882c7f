import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AuditEventIndex, type AuditEventPage } from '#read-models';
import { ReadYourWritesBarrier } from '../read-your-writes/read-your-writes.barrier.js';
import { ListAuditEventsQuery } from './list-audit-events.query.js';

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(
    private readonly index: AuditEventIndex,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async execute(query: ListAuditEventsQuery): Promise<AuditEventPage> {
    await this.barrier.wait();
    return this.index.list(query.ledgerId, query.filter);
  }
}
