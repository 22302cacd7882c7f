import { NO_STREAM } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import { toLedgerStreamName, type AuditRecord } from '#ledger-domain';
import { Projector } from '../projector/projector.js';
import { ReadStore } from '../projector/read-store.js';
import { LedgerHeads } from '../ledger-heads/ledger-heads.js';
import { auditRecords, toEventToAppend } from '../testing/audit-event-fixtures.js';
import { AuditEventIndex } from './audit-event-index.js';

/** The read models the API answers from, fed by the projector from a real (in-memory) SQLite store. */
describe('the audit read models, fed from the SQLite event store', () => {
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let projector: Projector;
  let index: AuditEventIndex;
  let heads: LedgerHeads;

  function startProjector() {
    index = new AuditEventIndex(readStore);
    heads = new LedgerHeads(readStore);
    projector = new Projector(store, readStore, [index, heads]);
    projector.start();
  }

  /** Appends records in writer-sized batches, as the ledger writer does. */
  async function append(records: AuditRecord[], batchSize = 500) {
    let position = 0;
    for (let i = 0; i < records.length; i += batchSize) {
      const batch = records.slice(i, i + batchSize);
      const tail = batch[0]!.sequence - 2;
      ({ position } = await store.appendToStream(toLedgerStreamName(batch[0]!.ledgerId), batch.map(toEventToAppend), {
        expectedRevision: tail < 0 ? NO_STREAM : tail,
      }));
    }
    return position;
  }

  const rows = () => readStore.db.prepare('SELECT COUNT(*) FROM audit_events').pluck().get();

  beforeEach(() => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    readStore = ReadStore.open(':memory:');
    startProjector();
  });
  afterEach(async () => {
    await projector.stop();
    await store.close();
    readStore.close();
  });

  it('serves an event by id as soon as waitForPosition says its append is projected', async () => {
    const [record] = auditRecords('acme', 1);
    const position = await append([record!]);
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    expect(index.getById('acme', record!.eventId)).toEqual(record);
    expect(heads.get('acme')).toEqual({ ledgerId: 'acme', length: 1, headSequence: 1, headHash: record!.hash });
  });

  it('lists and counts each ledger apart', async () => {
    const acme = auditRecords('acme', 1200);
    await append(acme);
    const globex = auditRecords('globex', 7);
    expect(await projector.waitForPosition(await append(globex), 4_000)).toBe(true);
    const page = index.list('globex', { limit: 100, sortOrder: 'DESC' });
    expect(page.auditEvents).toEqual([...globex].reverse());
    expect(index.getById('globex', acme[0]!.eventId)).toBeUndefined();
    expect(heads.get('acme')).toMatchObject({ length: 1200, headSequence: 1200, headHash: acme[1199]!.hash });
    expect(heads.get('globex')).toMatchObject({ length: 7, headHash: globex[6]!.hash });
  });

  it('resumes after a restart from its checkpoint, without indexing anything twice', async () => {
    const records = auditRecords('acme', 30);
    expect(await projector.waitForPosition(await append(records.slice(0, 20)), 4_000)).toBe(true);
    await projector.stop();
    const position = await append(records.slice(20));
    startProjector();
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    expect(rows()).toBe(30);
    expect(index.list('acme', { limit: 1000, sortOrder: 'ASC' }).auditEvents).toEqual(records);
  });

  it('rebuilds the index from the log when the stored version is not its own', async () => {
    const records = auditRecords('acme', 12);
    const position = await append(records);
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    await projector.stop();
    // As if the file had been written by an older release: rows missing, an older version.
    readStore.db.exec("DELETE FROM audit_events WHERE sequence > 3; UPDATE projection_checkpoints SET version = 1 WHERE name = 'audit-event-index'");
    startProjector();
    expect(projector.checkpoint).toBe(0);
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    expect(rows()).toBe(12);
    expect(heads.get('acme').length).toBe(12);
    expect(readStore.checkpoints()).toEqual([
      { name: 'audit-event-index', version: index.version, position },
      { name: 'ledger-heads', version: heads.version, position },
    ]);
  });
});
