import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { ANY, type EventStore, type RecordedEvent } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import { Projector } from './projector.js';
import type { Projection } from './projection.js';
import { ReadStore } from './read-store.js';

/** Counts every apply, and stores one row per event (idempotent by position). */
class CountingProjection implements Projection {
  readonly name = 'counting';
  applied = 0;
  constructor(
    readonly version: number,
    private failOnce?: (event: RecordedEvent) => boolean,
    private readonly observe?: (event: RecordedEvent) => void,
  ) {}
  setup(db: Database) {
    db.exec('CREATE TABLE IF NOT EXISTS counted (position INTEGER PRIMARY KEY)');
  }
  drop(db: Database) {
    db.exec('DROP TABLE IF EXISTS counted');
  }
  apply(db: Database, event: RecordedEvent) {
    this.observe?.(event);
    if (this.failOnce?.(event)) {
      this.failOnce = undefined;
      throw new Error(`cannot fold event ${event.position}`);
    }
    this.applied += 1;
    db.prepare('INSERT INTO counted (position) VALUES (?)').run(event.position);
  }
}

/** The same store, except that every subscription starts `back` events early (at-least-once delivery). */
function redelivering(store: EventStore, back: number): EventStore {
  return new Proxy(store, {
    get(target, member) {
      if (member === 'subscribeToAll') {
        return (options: { afterPosition?: number } = {}) =>
          target.subscribeToAll({ afterPosition: Math.max(0, (options.afterPosition ?? 0) - back) });
      }
      const value: unknown = Reflect.get(target, member, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('the projector', () => {
  let dir: string;
  let store: SqliteEventStore;
  /** Stopped and closed after each test, also when it fails midway. */
  let opened: { projector: Projector; readStore: ReadStore }[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'projector-'));
    store = SqliteEventStore.open({ filename: join(dir, 'events.db'), pollIntervalMs: 20 });
    opened = [];
  });
  afterEach(async () => {
    for (const { projector, readStore } of opened) {
      await projector.stop();
      readStore.close();
    }
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function projectorOn(filename: string, projection: Projection, from: EventStore = store, options = {}) {
    const readStore = ReadStore.open(filename);
    const projector = new Projector(from, readStore, [projection], options);
    opened.push({ projector, readStore });
    return { projector, readStore };
  }

  const append = (n: number) =>
    store.appendToStream(
      'ledger-x',
      Array.from({ length: n }, () => ({ eventId: randomUUID(), type: 'T', data: {}, metadata: {} })),
      { expectedRevision: ANY },
    );

  /** Runs a projector on the read-model file until it has applied `untilPosition`, then stops it. */
  async function run(projection: CountingProjection, untilPosition: number, from: EventStore = store) {
    const { projector, readStore } = projectorOn(join(dir, 'read-models.db'), projection, from);
    projector.start();
    expect(await projector.waitForPosition(untilPosition, 4_000)).toBe(true);
    await projector.stop();
    const rows = readStore.db.prepare('SELECT COUNT(*) FROM counted').pluck().get();
    readStore.close();
    return { applied: projection.applied, rows };
  }

  it('applies events appended while it runs, and waitForPosition resolves once they are applied', async () => {
    const { projector, readStore } = projectorOn(':memory:', new CountingProjection(1));
    projector.start();
    const { position } = await append(3);
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    expect(projector.status()).toMatchObject({ checkpoint: position, lastSeenPosition: position, running: true, lastError: null });
    expect(readStore.checkpoints()).toEqual([{ name: 'counting', version: 1, position }]);
    await projector.stop();
    expect(projector.status().running).toBe(false);
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    const first = await append(2500);
    expect(await run(new CountingProjection(1), first.position)).toEqual({ applied: 2500, rows: 2500 });
    const second = await append(5);
    expect(await run(new CountingProjection(1), second.position)).toEqual({ applied: 5, rows: 2505 });
  });

  it('changes nothing when the store delivers events it has already applied', async () => {
    const first = await append(10);
    await run(new CountingProjection(1), first.position);
    const second = await append(3);
    // Fails on a primary key violation if a redelivered event were applied again.
    expect(await run(new CountingProjection(1), second.position, redelivering(store, 8))).toEqual({ applied: 3, rows: 13 });
  });

  it('rebuilds a projection from the start of the log when its version changes', async () => {
    const { position } = await append(10);
    await run(new CountingProjection(1), position);
    expect(await run(new CountingProjection(2), position)).toEqual({ applied: 10, rows: 10 });
  });

  it('rolls back a batch that fails, reports the error, and retries it from the checkpoint', async () => {
    const { position } = await append(20);
    const errorsSeen: (string | null)[] = [];
    const projection = new CountingProjection(
      1,
      (event) => event.position === position,
      (event) => event.position === 1 && errorsSeen.push(projector.status().lastError),
    );
    const { projector, readStore } = projectorOn(':memory:', projection, store, { retryDelayMs: 1 });
    projector.start();
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    expect(errorsSeen).toEqual([null, `cannot fold event ${position}`]);
    expect(readStore.db.prepare('SELECT COUNT(*) FROM counted').pluck().get()).toBe(20);
    expect(projector.status().lastError).toBeNull();
  });

  it('answers false from waitForPosition when the position is not reached in time, or on stop', async () => {
    const { projector } = projectorOn(':memory:', new CountingProjection(1));
    expect(await projector.waitForPosition(99, 20)).toBe(false);
    projector.start();
    const waiting = projector.waitForPosition(99, 60_000);
    await projector.stop();
    expect(await waiting).toBe(false);
  });

  it('lets timers and messages run between the batches of a catch-up', async () => {
    const { position } = await append(2000);
    const { projector } = projectorOn(':memory:', new CountingProjection(1), store, { batchSize: 100 });
    const checkpointsSeenByTimers: number[] = [];
    const timer = setInterval(() => checkpointsSeenByTimers.push(projector.checkpoint), 0);
    projector.start();
    expect(await projector.waitForPosition(position, 4_000)).toBe(true);
    clearInterval(timer);
    // The log holds all 2,000 events at hand: a catch-up that never yielded would show none midway.
    expect(checkpointsSeenByTimers.some((checkpoint) => checkpoint > 0 && checkpoint < position)).toBe(true);
  });
});
