import { GENESIS_HASH, sealRecordText } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import type { EventToAppend } from '#event-store';
import { auditRecord } from './audit-event-fixtures.js';

/** A record of a sealed ledger and the store event the writer appends for it (sealed text, envelope and metadata copies). */
export interface SealedLedgerRecord {
  record: AuditRecord;
  event: EventToAppend & { dataText: string };
}

/** Records 1..length of a ledger chained and sealed as the writer seals them (auditRecord's members, real hashes). */
export function sealedLedger(ledgerId: string, length: number): SealedLedgerRecord[] {
  let previousHash = GENESIS_HASH;
  return Array.from({ length }, (_, i) => {
    const { hash: _fixture, ...unsealed } = { ...auditRecord(ledgerId, i + 1), previousHash };
    const { hash, text } = sealRecordText(unsealed);
    const record = { ...unsealed, hash } as AuditRecord;
    const metadata = { schemaVersion: 1, sequence: record.sequence, hash, previousHash: record.previousHash };
    previousHash = hash;
    return { record, event: { eventId: record.eventId, type: record.eventType, data: { ...record }, dataText: text, metadata } };
  });
}
