import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { normalizeAuditEvent } from '#ledger-domain';
import { hashAppendRequest, type AppendOutcome } from '#ledger-writer';
import { AUDIT_EVENT_LIMITS, type AuditEventLimits } from '../../platform/ledger-writer/audit-event-limits.js';
import { LedgerWriter } from '../../platform/ledger-writer/ledger-writer.js';
import { takeExpectedVersion } from './expected-version.js';
import { RecordAuditEventCommand } from './record-audit-event.command.js';

@CommandHandler(RecordAuditEventCommand)
export class RecordAuditEventHandler implements ICommandHandler<RecordAuditEventCommand> {
  constructor(
    private readonly writer: LedgerWriter,
    @Inject(AUDIT_EVENT_LIMITS) private readonly limits: AuditEventLimits,
  ) {}

  async execute(command: RecordAuditEventCommand): Promise<AppendOutcome> {
    const { event, expectedVersion } = takeExpectedVersion(command.event);
    const draft = normalizeAuditEvent(event, this.limits);
    const expectedVersions = [expectedVersion];
    return this.writer.append(command.ledgerId, {
      drafts: [draft],
      expectedVersions,
      idempotencyKey: command.idempotencyKey,
      // Only a keyed request can be replayed, so only then is it fingerprinted.
      requestHash: command.idempotencyKey === undefined ? undefined : hashAppendRequest('single', [draft], expectedVersions),
    });
  }
}
