import { Query } from '@nestjs/cqrs';
import type { AuditEventVerification } from './audit-event-verification.js';

/** Recompute one event's hash from the log and check its links to predecessor and successor. */
export class VerifyAuditEventQuery extends Query<AuditEventVerification> {
  constructor(
    readonly ledgerId: string,
    readonly eventId: string,
  ) {
    super();
  }
}
