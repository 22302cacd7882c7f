import { Command } from '@nestjs/cqrs';
import type { AppendOutcome } from '#ledger-writer';

/** Append up to 1000 audit events atomically: all get contiguous sequences, or none is stored. */
export class RecordAuditEventBatchCommand extends Command<AppendOutcome> {
  constructor(
    readonly ledgerId: string,
    /** The request body, validated by the handler (envelope, then each event). */
    readonly body: unknown,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}
