import { auditRecords } from '#read-models/testing';
import { toLedgerStreamName, type AuditEventDraft, type AuditRecord } from '#ledger-domain';
import { NO_STREAM, type EventStore } from '#event-store';
import { EMPTY_CHAIN_TAIL, sealAuditRecords, UuidV7Generator } from '#ledger-writer';

/** Appends `count` records to a new ledger, sealed and chained as the writer seals them; returns them. */
export async function appendSealedLedger(store: EventStore, ledgerId: string, count: number): Promise<AuditRecord[]> {
  const drafts: AuditEventDraft[] = auditRecords(ledgerId, count).map(
    ({ eventId: _id, ledgerId: _ledger, sequence: _sequence, createdAt: _createdAt, previousHash: _previous, hash: _hash, ...draft }) => draft,
  );
  const ids = new UuidV7Generator();
  const sealed = sealAuditRecords({ ledgerId, drafts, tail: EMPTY_CHAIN_TAIL, createdAt: new Date().toISOString(), nextId: () => ids.next() });
  await store.appendToStream(toLedgerStreamName(ledgerId), sealed.events, { expectedRevision: NO_STREAM });
  return sealed.records;
}
