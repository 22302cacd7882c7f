import { randomUUID } from 'node:crypto';
import { computeRecordHash, GENESIS_HASH } from '#integrity';
import { sampleEvent } from './sample-events.js';

/** Records shaped exactly as the ledger stores them (for the storage and hashing ceilings). */
export function sealedRecords(count: number): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  let previousHash = GENESIS_HASH;
  for (let i = 0; i < count; i++) {
    const event = sampleEvent(i);
    const known = event['eventType'] === 'TRANSACTION_VALIDATED' ? { resourceType: 'transaction', action: 'VALIDATE' } : { resourceType: 'limit', action: 'UPDATE' };
    const unsealed = { eventId: randomUUID(), ledgerId: 'bench', sequence: i + 1, ...event, ...known, createdAt: new Date().toISOString(), previousHash };
    const record = { ...unsealed, hash: computeRecordHash(unsealed) };
    previousHash = record.hash;
    records.push(record);
  }
  return records;
}
