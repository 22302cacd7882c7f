import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toLedgerStreamName, type AuditEventDraft } from '#ledger-domain';
import { EMPTY_CHAIN_TAIL, sealAuditRecords } from '#ledger-writer';
import { NO_STREAM, type EventToAppend } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import type { ReadModels } from '#read-models';
import { VerifyLedgerHandler } from './verify-ledger.handler.js';
import { VerifyLedgerQuery } from './verify-ledger.query.js';

/** More than two of the handler's pages, so that breaks and ranges fall across page boundaries. */
const LENGTH = 4_500;
const STREAM = toLedgerStreamName('t');

/** The ledger as the writer stores it: sealed by the writer's own sealAuditRecords (hash member first, text stored as is). */
function sealedLedger(length: number): EventToAppend[] {
  const drafts = Array.from({ length }, (_, i): AuditEventDraft => ({
    eventType: 'RULE_UPDATED',
    resourceType: 'rule',
    resourceId: `rule-${i + 1}`,
    action: 'UPDATE',
    result: 'SUCCESS',
    actor: { id: 'ana', actorType: 'user' },
    context: { after: { name: 'Zürich 東京', limit: '100.00' } },
    metadata: {},
  }));
  return sealAuditRecords({ ledgerId: 't', drafts, tail: EMPTY_CHAIN_TAIL, createdAt: '2026-11-22T10:00:00.000Z', nextId: randomUUID }).events;
}

describe('verifying a ledger from the SQLite log', () => {
  const ledger = sealedLedger(LENGTH);
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  let verify: (from?: number, maxRecords?: number) => ReturnType<VerifyLedgerHandler['execute']>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verify-ledger-'));
    file = join(dir, 'events.db');
    store = SqliteEventStore.open({ filename: file });
    await store.appendToStream(STREAM, ledger, { expectedRevision: NO_STREAM });
    // The ledger's recorded length, as the LedgerHeads read model would give it.
    const readModels = { ledgerHeads: { get: (ledgerId: string) => ({ ledgerId, length: LENGTH, headSequence: LENGTH, headHash: '' }) } } as unknown as ReadModels;
    const handler = new VerifyLedgerHandler(store, readModels);
    verify = (from = 1, maxRecords = 100_000) => handler.execute(new VerifyLedgerQuery('t', from, undefined, maxRecords));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Changes the log file behind the store's back, as someone with write access to it could. */
  function tamper(sql: string) {
    const raw = new Database(file);
    try {
      expect(raw.prepare(sql).run().changes).toBe(1);
    } finally {
      raw.close();
    }
  }

  it('verifies the whole chain across pages, and any range of it from the record before', async () => {
    expect(await verify()).toEqual({ intact: true, verifiedCount: LENGTH, firstBrokenSequence: null, reason: null, nextFromSequence: null });
    expect(await verify(1_999, 2_003)).toEqual({ intact: true, verifiedCount: 2_003, firstBrokenSequence: null, reason: null, nextFromSequence: 4_002 });
  });

  it('reports stored bytes that are not UTF-8 as an altered record at their sequence', async () => {
    // One byte in place of the two of "ü": a text decoder would make it U+FFFD and hide what is stored.
    tamper(`UPDATE events SET data = replace(data, 'Zürich', 'Z' || CAST(X'FF' AS TEXT) || 'rich') WHERE stream_name = '${STREAM}' AND revision = 2999`);
    const [stored] = await store.readStreamData(STREAM, { fromRevision: 2999, maxCount: 1 });
    const expected = Buffer.from(ledger[2999]!.dataText!.replace('Zürich', 'Z?rich'), 'utf8');
    expected[expected.indexOf('Z?rich') + 1] = 0xff;
    expect(Buffer.from(stored!.data).equals(expected)).toBe(true);
    expect(await verify()).toMatchObject({ intact: false, verifiedCount: 2_999, firstBrokenSequence: 3_000, reason: expect.stringMatching(/not valid JSON/) });
    expect(await verify(3_001)).toMatchObject({ intact: false, verifiedCount: 0, firstBrokenSequence: 3_000 });
    expect(await verify(3_002)).toMatchObject({ intact: true, verifiedCount: LENGTH - 3_001 });
  });

  it('finds a deleted row in a later page, and verifies a range after it', async () => {
    tamper(`DELETE FROM events WHERE stream_name = '${STREAM}' AND revision = 2500`);
    expect(await verify(1, 3_000)).toMatchObject({ intact: false, verifiedCount: 2_500, firstBrokenSequence: 2_501 });
    expect(await verify(2_503, 1_000)).toMatchObject({ intact: true, verifiedCount: 1_000, nextFromSequence: 3_503 });
  });
  it.each([
    ['event_id', `event_id = '00000000-0000-7000-8000-000000000000'`, /event id is not the record's eventId/],
    ['type', `type = 'RULE_DELETED'`, /type is not the record's eventType/],
    ['metadata sequence', `metadata = json_set(metadata, '$.sequence', 2)`, /metadata's sequence/],
    ['metadata hash', `metadata = json_set(metadata, '$.hash', '${'a'.repeat(64)}')`, /metadata's hash/],
    ['metadata previousHash', `metadata = json_set(metadata, '$.previousHash', '${'a'.repeat(64)}')`, /metadata's previousHash/],
  ])('reports an edited envelope column (%s) at its sequence, though the record itself is intact', async (_column, set, reason) => {
    tamper(`UPDATE events SET ${set} WHERE stream_name = '${STREAM}' AND revision = 2500`);
    expect(await verify()).toMatchObject({ intact: false, verifiedCount: 2_500, firstBrokenSequence: 2_501, reason: expect.stringMatching(reason) });
    expect(await verify(2_502)).toMatchObject({ intact: true });
  });
});
