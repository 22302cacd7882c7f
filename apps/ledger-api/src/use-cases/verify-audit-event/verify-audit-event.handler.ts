import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { describeEnvelopeMismatches, envelopeMismatches, verifyRecordLinks } from '#integrity';
import { AuditEventNotFoundError, toLedgerStreamName, type AuditRecord } from '#ledger-domain';
import { EventStore } from '#event-store';
import { ReadModels } from '#read-models';
import type { AuditEventVerification } from './audit-event-verification.js';
import { VerifyAuditEventQuery } from './verify-audit-event.query.js';

/**
 * The read model says where the event belongs (its sequence); the LOG says what is stored
 * there. Both must agree, the stored record must hash to its own hash, and its neighbours
 * must link to it.
 */
@QueryHandler(VerifyAuditEventQuery)
export class VerifyAuditEventHandler implements IQueryHandler<VerifyAuditEventQuery> {
  constructor(
    private readonly store: EventStore,
    private readonly readModels: ReadModels,
  ) {}

  async execute(query: VerifyAuditEventQuery): Promise<AuditEventVerification> {
    const indexed = this.readModels.auditEvents.getById(query.ledgerId, query.eventId);
    if (!indexed) throw new AuditEventNotFoundError(query.eventId);
    const sequence = indexed.sequence;
    const revision = sequence - 1;
    const events = await this.store.readStream(toLedgerStreamName(query.ledgerId), {
      fromRevision: Math.max(0, revision - 1),
      maxCount: 3,
    });
    const at = (r: number) => events.find((event) => event.revision === r)?.data as AuditRecord | undefined;
    const stored = at(revision);
    const envelope = events.find((event) => event.revision === revision);
    const answer = { eventId: query.eventId, sequence };
    if (!stored || stored.eventId !== query.eventId || stored.sequence !== sequence) {
      return {
        isValid: false,
        totalChecked: 0,
        firstInvalidId: query.eventId,
        ...answer,
        hashValid: false,
        previousLinkValid: false,
        nextLinkValid: false,
        message: `the log does not hold this event at sequence ${sequence}: it was deleted, moved or altered`,
      };
    }
    const predecessor = sequence === 1 ? null : at(revision - 1);
    const links = verifyRecordLinks(stored, predecessor ?? null, at(revision + 1) ?? null);
    // A missing predecessor (deleted row) breaks the link even though there is nothing to compare.
    const previousLinkValid = links.previousLinkValid && (sequence === 1 || predecessor !== undefined);
    // The first stored event after this one must be its direct successor (no deleted row between).
    const after = events.find((event) => event.revision > revision);
    const nextLinkValid = links.nextLinkValid && (after === undefined || after.revision === revision + 1);
    // The columns outside the hash (event id, type, metadata copies) must say what the record says.
    const mismatches = envelope ? envelopeMismatches(stored, stored, envelope) : [];
    const envelopeValid = mismatches.length === 0;
    const isValid = links.hashValid && previousLinkValid && nextLinkValid && envelopeValid;
    const envelopeProblem = envelopeValid ? null : `the store's envelope disagrees with the record: ${describeEnvelopeMismatches(mismatches)}`;
    // In chain order: a bad hash, back link or envelope is this record's fault; a bad forward link, the next stored record's.
    const firstInvalidId =
      !links.hashValid || !previousLinkValid || !envelopeValid ? stored.eventId : nextLinkValid ? undefined : (after?.data as AuditRecord | undefined)?.eventId;
    return {
      isValid,
      totalChecked: 1 + (predecessor ? 1 : 0) + (after ? 1 : 0),
      ...(firstInvalidId === undefined ? {} : { firstInvalidId }),
      ...answer,
      hashValid: links.hashValid,
      previousLinkValid,
      nextLinkValid,
      message: describe(isValid, links.hashValid, previousLinkValid, nextLinkValid, envelopeProblem),
    };
  }
}

function describe(isValid: boolean, hashValid: boolean, previousLinkValid: boolean, nextLinkValid: boolean, envelopeProblem: string | null): string {
  if (isValid) return 'the stored event hashes to its hash and is linked to its neighbours';
  const problems = [
    hashValid ? null : 'the stored content does not hash to the stored hash (altered)',
    previousLinkValid ? null : 'the link to the previous event is broken',
    nextLinkValid ? null : 'the link to the next event is broken',
    envelopeProblem,
  ].filter(Boolean);
  return problems.join('; ');
}
