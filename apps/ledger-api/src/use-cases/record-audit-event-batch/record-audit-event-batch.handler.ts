import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { hashAppendRequest, type AppendOutcome } from '#ledger-writer';
import { AUDIT_EVENT_LIMITS, type AuditEventLimits } from '../../platform/ledger-writer/audit-event-limits.js';
import { LedgerWriter } from '../../platform/ledger-writer/ledger-writer.js';
import { RecordAuditEventBatchCommand } from './record-audit-event-batch.command.js';
import { validateBatchEvents } from './validate-batch-events.js';

@CommandHandler(RecordAuditEventBatchCommand)
export class RecordAuditEventBatchHandler implements ICommandHandler<RecordAuditEventBatchCommand> {
  constructor(
    private readonly writer: LedgerWriter,
    @Inject(AUDIT_EVENT_LIMITS) private readonly limits: AuditEventLimits,
  ) {}

  async execute(command: RecordAuditEventBatchCommand): Promise<AppendOutcome> {
    // Every event is checked before any is queued: one bad event refuses the whole batch.
    const { drafts, expectedVersions } = validateBatchEvents(command.body, this.limits);
    return this.writer.append(command.ledgerId, {
      drafts,
      expectedVersions,
      batch: true,
      idempotencyKey: command.idempotencyKey,
      // Only a keyed request can be replayed, so only then is it fingerprinted.
      requestHash: command.idempotencyKey === undefined ? undefined : hashAppendRequest('batch', drafts, expectedVersions),
    });
  }
}
