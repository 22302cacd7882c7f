import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AuditEventNotFoundError, type AuditRecord } from '#ledger-domain';
import { AuditEventIndex } from '#read-models';
import { ReadYourWritesBarrier } from '../read-your-writes/read-your-writes.barrier.js';
import { GetAuditEventQuery } from './get-audit-event.query.js';

@QueryHandler(GetAuditEventQuery)
export class GetAuditEventHandler implements IQueryHandler<GetAuditEventQuery> {
  constructor(
    private readonly index: AuditEventIndex,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async execute(query: GetAuditEventQuery): Promise<AuditRecord> {
    await this.barrier.wait();
    // An event of another ledger is indistinguishable from an unknown one.
    const record = this.index.getById(query.ledgerId, query.eventId);
    if (!record) throw new AuditEventNotFoundError(query.eventId);
    return record;
  }
}
