import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyChainSegment } from '#integrity';
import { IdempotencyKeyReusedError, LedgerContentionError, toLedgerStreamName, type AuditRecord } from '#ledger-domain';
import { EventStore } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import type { AppendOutcome, AppendRequest } from './append-request.js';
import { UuidV7Generator } from './id-generator.js';
import { StreamFoldLifecycleStates } from './testing/stream-fold-lifecycle-states.js';
import { LedgerAppendQueue, type AppendQueueDeps } from './ledger-append-queue.js';
import { validationDraft as draft } from './testing/validation-draft.js';

const request = (ids: string[], idempotencyKey?: string, requestHash = ids.join()): AppendRequest => ({
  drafts: ids.map(draft),
  idempotencyKey,
  requestHash,
});

/** A real store that counts its append transactions, to see group commit happen. */
function countingStore(filename: string) {
  const store = SqliteEventStore.open({ filename }) as SqliteEventStore & { appends: number };
  store.appends = 0;
  const append = store.appendToStream.bind(store);
  store.appendToStream = (...args) => {
    store.appends += 1;
    return append(...args);
  };
  return store;
}

describe('the ledger append queue', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'append-queue-'));
    file = join(dir, 'events.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const deps = (store: EventStore, overrides: Partial<AppendQueueDeps> = {}): AppendQueueDeps => {
    const ids = new UuidV7Generator();
    return {
      store,
      nextId: () => ids.next(),
      now: () => new Date(),
      maxEventsPerCommit: 5000,
      maxAttempts: 20,
      lifecycles: new StreamFoldLifecycleStates(store),
      policy: { beforeImageMismatch: 'reject' },
      ...overrides,
    };
  };
  const chainOf = async (store: EventStore) =>
    (await store.readStream(toLedgerStreamName('acme'))).map((event) => event.data as unknown as AuditRecord);

  it('group-commits concurrent requests into one transaction, chained in order', async () => {
    const store = countingStore(file);
    const queue = new LedgerAppendQueue('acme', deps(store));
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => queue.append(request([`r-${i}`]))));
    expect(store.appends).toBe(1);
    expect(outcomes.map((o) => o.records[0]!.sequence)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(verifyChainSegment(await chainOf(store))).toMatchObject({ intact: true, verifiedCount: 50 });
    await store.close();
  });

  it('settles the same Idempotency-Key twice in one group: a replay, or a conflict for another body', async () => {
    const store = SqliteEventStore.open({ filename: file });
    const queue = new LedgerAppendQueue('acme', deps(store));
    const [first, same, other] = await Promise.allSettled([
      queue.append(request(['a'], 'key')),
      queue.append(request(['a'], 'key')),
      queue.append(request(['b'], 'key')),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { replayed: false } });
    expect(same).toMatchObject({ status: 'fulfilled', value: { replayed: true } });
    const records = (settled: PromiseSettledResult<AppendOutcome>) => (settled as PromiseFulfilledResult<AppendOutcome>).value.records;
    expect(records(same)).toEqual(records(first));
    expect(other).toMatchObject({ status: 'rejected', reason: expect.any(IdempotencyKeyReusedError) });
    expect(await chainOf(store)).toHaveLength(1);
    await store.close();
  });

  it('replays a batch by its key after a restart, from the log', async () => {
    const store = SqliteEventStore.open({ filename: file });
    const original = await new LedgerAppendQueue('acme', deps(store)).append(request(['a', 'b', 'c'], 'batch-key'));
    const replay = await new LedgerAppendQueue('acme', deps(store)).append(request(['a', 'b', 'c'], 'batch-key'));
    expect(replay).toMatchObject({ replayed: true, records: original.records });
    await store.close();
  });

  it('never forks when two writers (two stores on one file) append concurrently: the loser re-plans', async () => {
    const one = SqliteEventStore.open({ filename: file });
    const two = SqliteEventStore.open({ filename: file });
    const a = new LedgerAppendQueue('acme', deps(one));
    const b = new LedgerAppendQueue('acme', deps(two));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? a : b).append(request([`r-${i}`], `key-${i % 150}`, `body-${i % 150}`))),
    );
    const chain = await chainOf(one);
    expect(verifyChainSegment(chain)).toMatchObject({ intact: true, verifiedCount: 150 });
    expect(results.filter((r) => r.replayed)).toHaveLength(50);
    await one.close();
    await two.close();
  });

  it('gives up with LedgerContentionError when the tail keeps moving, storing nothing of the group', async () => {
    const store = SqliteEventStore.open({ filename: file });
    const rival = SqliteEventStore.open({ filename: file });
    await new LedgerAppendQueue('acme', deps(rival)).append(request(['seed']));
    const queue = new LedgerAppendQueue('acme', deps(store, { maxAttempts: 3 }));
    await queue.append(request(['warm-up']));
    const rivalQueue = new LedgerAppendQueue('acme', deps(rival));
    // The rival moves the tail right after every time this queue reads it.
    const read = store.readStream.bind(store);
    store.readStream = async (...args) => {
      const events = await read(...args);
      await rivalQueue.append(request([`rival-${Math.random()}`]));
      return events;
    };
    await rivalQueue.append(request(['moves-the-tail']));
    await expect(queue.append(request(['loser']))).rejects.toBeInstanceOf(LedgerContentionError);
    expect((await chainOf(rival)).map((r) => r.resourceId)).not.toContain('loser');
    await store.close();
    await rival.close();
  });
});
