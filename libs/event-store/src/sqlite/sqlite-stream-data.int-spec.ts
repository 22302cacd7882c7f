import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_STREAM } from '../expected-revision.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const STREAM = 'ledger-s';
const LENGTH = 1_700;

/**
 * readStreamData reads the log in chunks (sqlite-stream-data.ts). Whatever was done to the file,
 * it must return what one plain row-by-row query returns.
 */
describe('reading stored data from a SQLite log altered outside the store', () => {
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  let raw: Database.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-stream-data-'));
    file = join(dir, 'events.db');
    store = SqliteEventStore.open({ filename: file });
    const events = Array.from({ length: LENGTH }, (_, n) => ({
      eventId: randomUUID(),
      type: 'DataRead',
      data: { n },
      dataText: `{"n":${n},"city":"Zürich"}`,
      metadata: {},
    }));
    await store.appendToStream(STREAM, events, { expectedRevision: NO_STREAM });
    raw = new Database(file);
  });
  afterEach(async () => {
    raw.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rowByRow = (fromRevision: number, limit: number) =>
    (
      raw
        .prepare(`SELECT revision, position, event_id, CAST(data AS BLOB) AS data FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT ?`)
        .all(STREAM, fromRevision, limit) as { revision: number; position: number; event_id: string; data: Buffer }[]
    ).map((row) => ({ revision: row.revision, position: row.position, eventId: row.event_id, bytes: row.data.toString('hex') }));
  const read = async (fromRevision: number, maxCount?: number) =>
    (await store.readStreamData(STREAM, { fromRevision, maxCount })).map(({ revision, position, eventId, data }) => ({
      revision,
      position,
      eventId,
      bytes: Buffer.from(data).toString('hex'),
    }));

  it('returns bytes that are not UTF-8, hold NUL or are empty, exactly as stored', async () => {
    raw.prepare(`UPDATE events SET data = X'7B22FF00FE227D' WHERE revision = 10`).run();
    raw.prepare(`UPDATE events SET data = replace(data, 'ü', CAST(X'FC' AS TEXT)) WHERE revision = 600`).run();
    raw.prepare(`UPDATE events SET data = '' WHERE revision = 1200`).run();
    const all = await read(0);
    expect(all).toEqual(rowByRow(0, -1));
    expect(all[10]!.bytes).toBe('7b22ff00fe227d');
    expect(all[1200]!.bytes).toBe('');
  });

  it('returns the same events when an event id holds the separator of a chunk', async () => {
    raw.prepare(`UPDATE events SET event_id = 'a,b,c' WHERE revision = 700`).run();
    expect(await read(0)).toEqual(rowByRow(0, -1));
    expect(await read(650, 100)).toEqual(rowByRow(650, 100));
  });

  it('continues across chunks after deleted rows and from any revision', async () => {
    raw.prepare(`DELETE FROM events WHERE revision IN (499, 500, 501, 1000)`).run();
    expect(await read(0)).toEqual(rowByRow(0, -1));
    expect(await read(498, 503)).toEqual(rowByRow(498, 503));
    expect(await read(1_000, 1)).toEqual(rowByRow(1_000, 1));
  });
  it('gives each event its own stored type and metadata, metadata that is no JSON object as undefined', async () => {
    raw.prepare(`UPDATE events SET type = 'Edited' WHERE revision = 3`).run();
    raw.prepare(`UPDATE events SET metadata = '{"sequence":"99"}' WHERE revision = 510`).run();
    raw.prepare(`UPDATE events SET metadata = 'not json' WHERE revision = 511`).run();
    raw.prepare(`UPDATE events SET type = '' WHERE revision = 700`).run();
    const all = await store.readStreamData(STREAM);
    expect(all.map((event) => event.type).filter((type) => type !== 'DataRead')).toEqual(['Edited', '']);
    expect([all[3]!.type, all[700]!.type]).toEqual(['Edited', '']);
    expect([all[509]!.metadata, all[510]!.metadata, all[511]!.metadata]).toEqual([{}, { sequence: '99' }, undefined]);
    expect((await store.readStreamData(STREAM, { fromRevision: 511, maxCount: 1 }))[0]!.metadata).toBeUndefined();
  });
});

