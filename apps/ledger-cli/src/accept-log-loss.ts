import { ledgerGapAcknowledgedDrafts, toLedgerStreamName, type AuditRecord, type GapAcknowledgement, type LedgerGap } from '#ledger-domain';
import { NO_STREAM, type EventStore } from '#event-store';
import { ledgerTime, readChainTail, sealAuditRecords, UuidV7Generator } from '#ledger-writer';
import type { CheckpointStore } from '#transparency-log';

/**
 * Records the loss of the gap's sequences for good: supersedes the signed checkpoints over them
 * (kept, no longer held against the log), then appends one hash-chained LEDGER_GAP_ACKNOWLEDGED
 * record at each lost sequence, in one store transaction at the log's tail. The next client event
 * gets `gap.toSequence` + 1: no acknowledged sequence is handed out again. In that order, an
 * interrupted run is finished by running it again (superseding twice changes nothing).
 * @returns the gap records, in sequence order.
 * @throws Error when the log's tail is not where the gap begins (it moved: stop the service); store errors.
 */
export async function acceptLogLoss(store: EventStore, checkpoints: CheckpointStore, gap: LedgerGap, by: GapAcknowledgement, now: Date): Promise<AuditRecord[]> {
  const stream = toLedgerStreamName(gap.ledgerId);
  const tail = await readChainTail(store, stream);
  if (tail.revision + 2 !== gap.fromSequence) throw new Error(`the log of ${gap.ledgerId} now holds ${tail.revision + 1} records, not ${gap.fromSequence - 1}: is the service running?`);
  const createdAt = ledgerTime(now, tail);
  const ids = new UuidV7Generator();
  const sealed = sealAuditRecords({ ledgerId: gap.ledgerId, drafts: ledgerGapAcknowledgedDrafts(gap, by), tail, createdAt, nextId: () => ids.next() });
  checkpoints.supersedeFrom(gap.ledgerId, gap.fromSequence, createdAt, `sequences ${gap.fromSequence}..${gap.toSequence} lost; ${by.operator} recorded the loss in the log (LEDGER_GAP_ACKNOWLEDGED)`);
  await store.appendToStream(stream, sealed.events, { expectedRevision: tail.revision < 0 ? NO_STREAM : tail.revision });
  return sealed.records;
}
