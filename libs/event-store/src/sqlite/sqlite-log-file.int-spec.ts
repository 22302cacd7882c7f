import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import { NO_STREAM } from '../expected-revision.js';
import type { EventToAppend } from '../recorded-event.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const event = (n: number): EventToAppend => ({ eventId: randomUUID(), type: 'FileTested', data: { n }, metadata: {} });
const openError = (filename: string) => {
  try {
    SqliteEventStore.open({ filename });
  } catch (error) {
    return error;
  }
  throw new Error('the store opened');
};

describe('the SQLite log file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sqlite-log-'));
    file = join(dir, 'events.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps acknowledged events across close and reopen, and appends on after them', async () => {
    const first = SqliteEventStore.open({ filename: file });
    expect(await first.headPosition()).toBe(0);
    const written = await first.appendToStream('s', [event(0), event(1), event(2)], { expectedRevision: NO_STREAM });
    const before = await first.readStream('s');
    await first.close();

    const reopened = SqliteEventStore.open({ filename: file });
    expect(await reopened.readStream('s')).toEqual(before);
    expect(await reopened.headPosition()).toBe(written.position);
    const next = await reopened.appendToStream('s', [event(3)], { expectedRevision: written.nextExpectedRevision });
    expect(next).toEqual({ nextExpectedRevision: 3, position: written.position + 1 });
    await reopened.close();
  });

  it('is a WAL database at the current schema version', async () => {
    await SqliteEventStore.open({ filename: file }).close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });

  it('hands over an event whose stored JSON was damaged as unreadable, and the others intact', async () => {
    const store = SqliteEventStore.open({ filename: file });
    await store.appendToStream('s', [event(0), event(1), event(2)], { expectedRevision: NO_STREAM });
    const raw = new Database(file);
    raw.prepare(`UPDATE events SET data = '{"n": 1' WHERE revision = 1`).run();
    raw.prepare(`UPDATE events SET metadata = '[]' WHERE revision = 2`).run();
    raw.close();
    const read = await store.readStream('s');
    expect(read.map((e) => [e.data, e.unreadable])).toEqual([[{ n: 0 }, undefined], [{}, true], [{}, true]]);
    await store.close();
  });

  it('reports a locked file as unavailable, and appends once the lock is released', async () => {
    const store = SqliteEventStore.open({ filename: file, busyTimeoutMs: 20 });
    await store.appendToStream('s', [event(0)], { expectedRevision: NO_STREAM });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    await expect(store.appendToStream('s', [event(1)], { expectedRevision: 0 })).rejects.toBeInstanceOf(EventStoreUnavailableError);
    expect(await store.readStream('s')).toHaveLength(1); // readers are not blocked by a writer in WAL mode
    other.exec('COMMIT');
    other.close();
    await store.appendToStream('s', [event(1)], { expectedRevision: 0 });
    await store.close();
  });

  it('refuses to open a missing directory or a log migrated by a newer version, as unavailable', () => {
    expect(openError(join(dir, 'missing', 'events.db'))).toBeInstanceOf(EventStoreUnavailableError);
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(openError(file)).toBeInstanceOf(EventStoreUnavailableError);
  });
});
