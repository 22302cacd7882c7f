/** `ledger scrub` over a real data directory: a SQLite log and read models built from it. */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toLedgerStreamName, type AuditEventDraft } from '#ledger-domain';
import { openLedgerStorage, type StorageOptions } from '#ledger-storage';
import { EMPTY_CHAIN_TAIL, sealAuditRecords } from '#ledger-writer';
import { NO_STREAM } from '#event-store';
import { IntegrityFindings, LEDGER_PROJECTION_CATALOG, rebuildProjections } from '#read-models';
import { runScrubCommand } from './scrub.command.js';
import { recordingIo } from './testing/recording-io.js';

const LENGTH = 2_300;
let storage: StorageOptions;

/** A ledger `t` of LENGTH records as the writer seals them, and every read model built from it. */
beforeEach(async () => {
  storage = { dataDir: await mkdtemp(join(tmpdir(), 'ledger-scrub-')), store: 'sqlite', eventStoreConnectionString: undefined };
  const drafts = Array.from({ length: LENGTH }, (_, i): AuditEventDraft => ({
    eventType: 'TRANSACTION_VALIDATED',
    resourceType: 'transaction',
    resourceId: `tx-${i}`,
    action: 'VALIDATE',
    result: 'ALLOW',
    actor: { id: 'svc', actorType: 'service' },
    context: { amount: '10.00' },
    metadata: {},
  }));
  const { events } = sealAuditRecords({ ledgerId: 't', drafts, tail: EMPTY_CHAIN_TAIL, createdAt: '2026-12-01T10:00:00.000Z', nextId: randomUUID });
  const { store, readStore, close } = await openLedgerStorage(storage, { kind: 'direct' });
  try {
    await store.appendToStream(toLedgerStreamName('t'), events, { expectedRevision: NO_STREAM });
    await rebuildProjections({ store, readStore, entries: LEDGER_PROJECTION_CATALOG });
  } finally {
    await close();
  }
});
afterEach(async () => {
  await rm(storage.dataDir, { recursive: true, force: true });
});

function edit(file: string, sql: string): void {
  const db = new Database(join(storage.dataDir, file));
  try {
    expect(db.prepare(sql).run().changes).toBeGreaterThan(0);
  } finally {
    db.close();
  }
}

const scrub = async (args: string[] = []) => {
  const io = recordingIo();
  const status = await runScrubCommand(args, storage, io);
  return { status, out: io.out(), err: io.err() };
};

describe('ledger scrub', () => {
  it('exits 0 for a log and read models that agree, with the rate on stderr', async () => {
    const result = await scrub();
    expect(result).toMatchObject({ status: 0, out: 'no integrity violation found\n' });
    expect(result.err).toMatch(/ledger t: 2,300 records scrubbed in [\d.]+ s \([\d,]+ records\/s\), 0 violations/);
  });

  it('exits 1 listing an edited envelope column and a read-model row that is another record, and records them as findings', async () => {
    edit('events.db', `UPDATE events SET type = 'RULE_DELETED' WHERE revision = 1200`);
    edit('read-models.db', `UPDATE audit_events_g1 SET record = (SELECT record FROM audit_events_g1 WHERE sequence = 8) WHERE sequence = 7`);
    const result = await scrub(['--ledger', 't']);
    expect(result.status).toBe(1);
    expect(result.out).toContain("ledger t sequence 1201 envelope-type: sequence 1201: the store's type is not the record's eventType\n");
    expect(result.out).toContain('ledger t sequence 7 index-differs: ');
    expect(result.out).toMatch(/2 integrity violations found\n$/);
    const db = new Database(join(storage.dataDir, 'read-models.db'));
    try {
      expect(new IntegrityFindings(db).summary('t')).toMatchObject({ openFindings: 2, byKind: { 'envelope-type': 1, 'index-differs': 1 } });
    } finally {
      db.close();
    }
  });

  it('finds a record deleted from the log', async () => {
    edit('events.db', `DELETE FROM events WHERE revision = 50`);
    const result = await scrub();
    expect(result.status).toBe(1);
    expect(result.out).toContain('ledger t sequence 51 missing-record: sequence 51: sequences 51..51 are missing from the log\n');
  });

  it('exits 2 with its usage for an unknown option', async () => {
    const result = await scrub(['--ledgers', 't']);
    expect(result.status).toBe(2);
    expect(result.err).toContain('usage: ledger scrub');
  });
});
