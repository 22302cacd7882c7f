import Database from 'better-sqlite3';
import { computeRecordHash } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { join } from 'node:path';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { untilLedgerCaughtUp } from './support/ledger-reads.js';

const KEY = 'tampering-key-0123456789';

/**
 * Someone with write access to the SQLite file changes the log behind the service's back.
 * Verification reads the log, so it must point at the exact sequence.
 */
// Tampering edits the SQLite file directly; on EventStoreDB the log cannot be edited in place.
const describeOnSqlite = E2E_STORE === 'sqlite' ? describe : describe.skip;

describeOnSqlite('tampering with the stored log is detected at the exact sequence', () => {
  let ledger: LedgerProcess;
  let n = 0;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: ['a', 'b', 'c', 'd', 'e'].map((l) => ({ key: `${KEY}-${l}`, ledgerId: l, scopes: ['audit:write', 'audit:read'] })),
      // Verification alone: the scrubber's findings would make /readyz (untilLedgerCaughtUp) 503; integrity-scrub.e2e-spec covers them.
      env: { LEDGER_SCRUB_INTERVAL_MS: '0' },
    });
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  /** A fresh ledger of 20 events; returns its records by sequence (index 0 = sequence 1). */
  async function ledgerOf20(ledgerId: string) {
    const events = Array.from({ length: 20 }, () => ruleCreated(`rule-${n++}`, { context: { after: { name: 'Zürich', expression: 'amount > 100.00', action: 'DENY' } } }));
    const response = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: `${KEY}-${ledgerId}`, body: { events } });
    expect(response.status).toBe(201);
    // The ledger has recorded them (its read models too) before anyone alters the file.
    await untilLedgerCaughtUp(ledger);
    return response.json.auditEvents as AuditRecord[];
  }

  function tamper(sql: string, ...params: unknown[]) {
    const db = new Database(join(ledger.dataDir, 'events.db'));
    try {
      const info = db.prepare(sql).run(...params);
      expect(info.changes).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }

  const as = (ledgerId: string) => (path: string) => ledger.request('GET', path, { apiKey: `${KEY}-${ledgerId}` });

  it('a changed byte in one event’s context: hash mismatch at that sequence', async () => {
    const records = await ledgerOf20('a');
    tamper(`UPDATE events SET data = replace(data, 'Zürich', 'Zürick') WHERE stream_name = 'ledger-a' AND revision = 6`);
    const chain = (await as('a')('/v1/ledger/verify')).json;
    expect(chain).toMatchObject({ intact: false, firstBrokenSequence: 7, verifiedCount: 6 });
    const event = (await as('a')(`/v1/audit-events/${records[6].eventId}/verify`)).json;
    expect(event).toMatchObject({ isValid: false, hashValid: false, sequence: 7, totalChecked: 3, firstInvalidId: records[6].eventId });
    const intact = (await as('a')(`/v1/audit-events/${records[15].eventId}/verify`)).json;
    expect(intact).toMatchObject({ isValid: true, totalChecked: 3 });
    expect(intact).not.toHaveProperty('firstInvalidId');
    expect((await as('a')('/v1/ledger/verify?from_sequence=8')).json).toMatchObject({ intact: true, verifiedCount: 13 });
  });

  it('a deleted row: the chain breaks at the missing sequence', async () => {
    const records = await ledgerOf20('b');
    tamper(`DELETE FROM events WHERE stream_name = 'ledger-b' AND revision = 4`);
    expect((await as('b')('/v1/ledger/verify')).json).toMatchObject({ intact: false, firstBrokenSequence: 5 });
    expect((await as('b')(`/v1/audit-events/${records[4].eventId}/verify`)).json.isValid).toBe(false);
    expect((await as('b')(`/v1/audit-events/${records[5].eventId}/verify`)).json).toMatchObject({ isValid: false, previousLinkValid: false });
    // The first record after the gap is the one whose link is broken.
    expect((await as('b')(`/v1/audit-events/${records[3].eventId}/verify`)).json).toMatchObject({ isValid: false, nextLinkValid: false, firstInvalidId: records[5].eventId });
    expect((await as('b')(`/v1/audit-events/${records[4].eventId}/verify`)).json).toMatchObject({ totalChecked: 0, firstInvalidId: records[4].eventId });
    expect((await as('b')(`/v1/audit-events/${records[12].eventId}/verify`)).json.isValid).toBe(true);
  });

  it('two swapped rows: the chain breaks at the first of them', async () => {
    const records = await ledgerOf20('c');
    const db = new Database(join(ledger.dataDir, 'events.db'));
    const row = db.prepare(`SELECT data, metadata FROM events WHERE stream_name = 'ledger-c' AND revision = ?`);
    const four = row.get(3) as { data: string; metadata: string };
    const five = row.get(4) as { data: string; metadata: string };
    const put = db.prepare(`UPDATE events SET data = ?, metadata = ? WHERE stream_name = 'ledger-c' AND revision = ?`);
    db.transaction(() => {
      put.run(five.data, five.metadata, 3);
      put.run(four.data, four.metadata, 4);
    })();
    db.close();
    expect((await as('c')('/v1/ledger/verify')).json).toMatchObject({ intact: false, firstBrokenSequence: 4 });
    expect((await as('c')(`/v1/audit-events/${records[3].eventId}/verify`)).json.isValid).toBe(false);
    expect((await as('c')(`/v1/audit-events/${records[4].eventId}/verify`)).json.isValid).toBe(false);
    expect((await as('c')(`/v1/audit-events/${records[15].eventId}/verify`)).json.isValid).toBe(true);
    expect((await as('c')('/v1/ledger/verify?from_sequence=7')).json).toMatchObject({ intact: true, verifiedCount: 14 });
  });

  it('a rewritten event whose hash was recomputed: the link to its successor breaks', async () => {
    const records = await ledgerOf20('e');
    const forged = { ...records[6], context: { after: { name: 'Zürich', limit: '999999.00' } } };
    forged.hash = computeRecordHash(forged);
    const db = new Database(join(ledger.dataDir, 'events.db'));
    try {
      const row = db.prepare(`SELECT metadata FROM events WHERE stream_name = 'ledger-e' AND revision = 6`).get() as { metadata: string };
      const metadata = { ...JSON.parse(row.metadata), hash: forged.hash };
      const info = db
        .prepare(`UPDATE events SET data = ?, metadata = ? WHERE stream_name = 'ledger-e' AND revision = 6`)
        .run(JSON.stringify(forged), JSON.stringify(metadata));
      expect(info.changes).toBe(1);
    } finally {
      db.close();
    }
    expect((await as('e')('/v1/ledger/verify')).json).toMatchObject({ intact: false, firstBrokenSequence: 8 });
    expect((await as('e')(`/v1/audit-events/${records[6].eventId}/verify`)).json).toMatchObject({
      isValid: false, hashValid: true, nextLinkValid: false, totalChecked: 3, firstInvalidId: records[7].eventId,
    });
    expect((await as('e')(`/v1/audit-events/${records[7].eventId}/verify`)).json).toMatchObject({ isValid: false, previousLinkValid: false });
    expect((await as('e')(`/v1/audit-events/${records[1].eventId}/verify`)).json.isValid).toBe(true);
  });

  it('a truncated tail: the log is shorter than the ledger recorded', async () => {
    await ledgerOf20('d');
    tamper(`DELETE FROM events WHERE stream_name = 'ledger-d' AND revision >= 17`);
    expect((await as('d')('/v1/ledger/verify')).json).toMatchObject({ intact: false, firstBrokenSequence: 18, verifiedCount: 17 });
  });

  it('a row overwritten with bytes that are not JSON: reported, not a 500', async () => {
    const records = await ledgerOf20('a');
    tamper(`UPDATE events SET data = substr(data, 2) WHERE stream_name = 'ledger-a' AND revision = 25`);
    const verified = await as('a')('/v1/ledger/verify?from_sequence=21');
    expect(verified.status).toBe(200);
    expect(verified.json).toMatchObject({ intact: false, firstBrokenSequence: 26, verifiedCount: 5 });
    expect(verified.json.reason).toMatch(/not valid JSON/);
    expect((await as('a')(`/v1/audit-events/${records[5].eventId}/verify`)).json.isValid).toBe(false);
  });
});
