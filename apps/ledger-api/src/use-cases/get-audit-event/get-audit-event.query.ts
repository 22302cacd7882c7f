import { Query } from '@nestjs/cqrs';

/** One audit event of the caller's ledger, as stored: its JSON text. */
export class GetAuditEventQuery extends Query<string> {
  constructor(
    readonly ledgerId: string,
    readonly eventId: string,
  ) {
    super();
  }
}
