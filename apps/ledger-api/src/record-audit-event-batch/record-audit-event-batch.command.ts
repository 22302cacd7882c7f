import { Command } from '@nestjs/cqrs';
import type { AuditEventInput } from '#ledger-domain';
import type { AppendOutcome } from '../ledger-writer/append-request.js';

/** Append up to 1000 audit events atomically: all get contiguous sequences, or none is stored. */
export class RecordAuditEventBatchCommand extends Command<AppendOutcome> {
  constructor(
    readonly ledgerId: string,
    readonly events: readonly AuditEventInput[],
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
