import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AuditEventNotFoundError } from '#ledger-domain';
import { ReadModels } from '#read-models';
import { GetAuditEventQuery } from './get-audit-event.query.js';

@QueryHandler(GetAuditEventQuery)
export class GetAuditEventHandler implements IQueryHandler<GetAuditEventQuery> {
  constructor(
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: GetAuditEventQuery): Promise<string> {
    // An event of another ledger is indistinguishable from an unknown one.
    const json = this.readModels.auditEvents.getJsonById(query.ledgerId, query.eventId);
    if (json === undefined) throw new AuditEventNotFoundError(query.eventId);
    return json;
  }
}
