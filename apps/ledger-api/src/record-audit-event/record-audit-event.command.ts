import { Command } from '@nestjs/cqrs';
import type { AuditEventInput } from '#ledger-domain';
import type { AppendOutcome } from '../ledger-writer/append-request.js';

/** Append one audit event to a ledger. */
export class RecordAuditEventCommand extends Command<AppendOutcome> {
  constructor(
    readonly ledgerId: string,
    readonly event: AuditEventInput,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
