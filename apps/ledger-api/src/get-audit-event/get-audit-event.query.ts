import { Query } from '@nestjs/cqrs';
import type { AuditRecord } from '#ledger-domain';

/** One audit event of the caller's ledger, as stored. */
export class GetAuditEventQuery extends Query<AuditRecord> {
  constructor(
    readonly ledgerId: string,
    readonly eventId: string,
  ) {
    super();
  }
}
