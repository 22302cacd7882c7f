import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ANY, SqliteEventStore, type RecordedEvent } from '#event-store';
import { Projector } from './projector.js';
import type { Projection } from './projection.js';
import { ReadStore } from './read-store.js';

/** Counts every apply, and stores one row per event (idempotent by position). */
class CountingProjection implements Projection {
  readonly name = 'counting';
  applied = 0;
  constructor(readonly version: number) {}
  setup(db: Database) {
    db.exec('CREATE TABLE IF NOT EXISTS counted (position INTEGER PRIMARY KEY)');
  }
  drop(db: Database) {
    db.exec('DROP TABLE IF EXISTS counted');
  }
  apply(db: Database, event: RecordedEvent) {
    this.applied += 1;
    db.prepare('INSERT OR IGNORE INTO counted (position) VALUES (?)').run(event.position);
  }
}

describe('the projector', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projector-'));
    store = SqliteEventStore.open({ filename: join(dir, 'events.db'), pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const append = (n: number) =>
    store.appendToStream(
      'ledger-x',
      Array.from({ length: n }, () => ({ eventId: randomUUID(), type: 'T', data: {}, metadata: {} })),
      { expectedRevision: ANY },
    );

  async function run(version: number, untilPosition: number) {
    const readStore = ReadStore.open(join(dir, 'read-models.db'));
    const projection = new CountingProjection(version);
    const projector = new Projector(store, readStore, [projection]);
    projector.start();
    expect(await projector.waitForPosition(untilPosition, 10_000)).toBe(true);
    await projector.stop();
    const rows = readStore.db.prepare('SELECT COUNT(*) FROM counted').pluck().get();
    readStore.close();
    return { applied: projection.applied, rows };
  }

  it('applies events appended while it runs, and waitForPosition resolves once they are applied', async () => {
    const readStore = ReadStore.open(join(dir, 'read-models.db'));
    const projector = new Projector(store, readStore, [new CountingProjection(1)]);
    projector.start();
    const { position } = await append(3);
    expect(await projector.waitForPosition(position, 10_000)).toBe(true);
    expect(projector.status()).toMatchObject({ checkpoint: position, running: true, lastError: null });
    await projector.stop();
    readStore.close();
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    const first = await append(1200);
    expect(await run(1, first.position)).toEqual({ applied: 1200, rows: 1200 });
    const second = await append(5);
    expect(await run(1, second.position)).toEqual({ applied: 5, rows: 1205 });
  });

  it('rebuilds a projection from the start of the log when its version changes', async () => {
    const { position } = await append(10);
    await run(1, position);
    expect(await run(2, position)).toEqual({ applied: 10, rows: 10 });
  });

  it('reports false from waitForPosition when the position is not reached in time', async () => {
    const readStore = ReadStore.open(':memory:');
    const projector = new Projector(store, readStore, [new CountingProjection(1)]);
    expect(await projector.waitForPosition(99, 20)).toBe(false);
    readStore.close();
  });
});
