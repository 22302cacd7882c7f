import { Command } from '@nestjs/cqrs';
import type { AppendOutcome } from '#ledger-writer';
import type { AuditEventCommandInput } from './expected-version.js';

/** Append one audit event to a ledger. */
export class RecordAuditEventCommand extends Command<AppendOutcome> {
  constructor(
    readonly ledgerId: string,
    readonly event: AuditEventCommandInput,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
