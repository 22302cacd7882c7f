import { hashLeaf, parseCheckpoint } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { transactionValidated } from './audit-event-fixtures.js';
import { eventually } from './eventually.js';
import type { LedgerProcess } from './ledger-process.js';

/** The key of ledger `tl` in the transparency-log suites. */
export const KEY = 'transparency-key-0123456789';

/** The tlog-checkpoint body of a signed note. */
export const bodyOf = (note: string) => parseCheckpoint(note.slice(0, note.indexOf('\n\n') + 1));

/** Appends `count` validations in batches of 1000; returns the records in sequence order. */
export async function appendValidations(ledger: LedgerProcess, count: number, tag: string): Promise<AuditRecord[]> {
  const records: AuditRecord[] = [];
  for (let done = 0; done < count; done += 1000) {
    const events = Array.from({ length: Math.min(1000, count - done) }, (_, i) => transactionValidated(`tx-${tag}-${done + i}`));
    const response = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events } });
    expect(response.status).toBe(201);
    records.push(...response.json.auditEvents);
  }
  return records;
}

/** The latest checkpoint note once it covers `size` records. */
export async function checkpointOfSize(ledger: LedgerProcess, size: number, apiKey = KEY): Promise<string> {
  return eventually(`a checkpoint of size ${size}`, async () => {
    const response = await ledger.request('GET', '/v1/ledger/checkpoint', { apiKey });
    return response.status === 200 && bodyOf(response.text).treeSize === size ? response.text : undefined;
  }, 30_000);
}

export const leafHashes = (records: AuditRecord[]) => records.map((r) => hashLeaf(Buffer.from(r.hash, 'hex')));

