import { randomUUID } from 'node:crypto';
import { ANY, NO_STREAM, STREAM_EXISTS } from '../expected-revision.js';
import { IdempotencyKeyTakenError, WrongExpectedRevisionError } from '../event-store.errors.js';
import type { EventStore } from '../event-store.port.js';
import type { EventToAppend, RecordedEvent } from '../recorded-event.js';

export interface EventStoreContractOptions {
  /** Global positions are contiguous (1, 2, 3…), as in SQLite; EventStoreDB's are byte offsets. */
  contiguousPositions?: boolean;
}

export type EventStoreFactory = () => Promise<{ store: EventStore; teardown?: () => Promise<void> }>;

const event = (data: Record<string, unknown> = {}, idempotencyKey?: string): EventToAppend => ({
  eventId: randomUUID(),
  type: 'TEST_EVENT',
  data,
  metadata: { schemaVersion: 1 },
  ...(idempotencyKey ? { idempotencyKey } : {}),
});
const stream = () => `contract-${randomUUID()}`;

async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  while (out.length < count) {
    const next = await iterator.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

/**
 * Every behaviour the EventStore port promises. Each adapter's spec runs this with its factory;
 * real adapter differences go in `options`. Streams are unique per test, so the suite also runs
 * against a shared EventStoreDB.
 */
export function describeEventStoreContract(name: string, factory: EventStoreFactory, options: EventStoreContractOptions = {}): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let teardown: (() => Promise<void>) | undefined;
    beforeEach(async () => ({ store, teardown } = await factory()));
    afterEach(async () => {
      await store.close();
      await teardown?.();
    });

    describe('appending', () => {
      it('stores events in order with contiguous revisions from 0', async () => {
        const s = stream();
        const first = await store.appendToStream(s, [event({ n: 1 }), event({ n: 2 })], { expectedRevision: NO_STREAM });
        const second = await store.appendToStream(s, [event({ n: 3 })], { expectedRevision: first.nextExpectedRevision });
        expect(first.nextExpectedRevision).toBe(1);
        expect(second.nextExpectedRevision).toBe(2);
        const read = await store.readStream(s);
        expect(read.map((e) => [e.revision, e.data['n']])).toEqual([[0, 1], [1, 2], [2, 3]]);
        expect(read[2]!.position).toBe(second.position);
      });

      it('refuses a stale or future expected revision, reporting the actual one', async () => {
        const s = stream();
        await store.appendToStream(s, [event(), event()], { expectedRevision: NO_STREAM });
        for (const expectedRevision of [0, 5]) {
          const error = await store.appendToStream(s, [event()], { expectedRevision }).catch((e: unknown) => e);
          expect(error).toBeInstanceOf(WrongExpectedRevisionError);
          expect((error as WrongExpectedRevisionError).actualRevision).toBe(1);
        }
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('honours NO_STREAM, STREAM_EXISTS and ANY', async () => {
        const s = stream();
        await expect(store.appendToStream(s, [event()], { expectedRevision: STREAM_EXISTS })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.appendToStream(s, [event()], { expectedRevision: NO_STREAM });
        await expect(store.appendToStream(s, [event()], { expectedRevision: NO_STREAM })).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await store.appendToStream(s, [event()], { expectedRevision: STREAM_EXISTS });
        await store.appendToStream(s, [event()], { expectedRevision: ANY });
        await store.appendToStream(stream(), [event()], { expectedRevision: ANY });
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('is atomic: a batch with a taken idempotency key stores nothing', async () => {
        const s = stream();
        await store.appendToStream(s, [event({}, 'key-1')], { expectedRevision: NO_STREAM });
        await expect(
          store.appendToStream(s, [event({ n: 'a' }), event({ n: 'b' }, 'key-1')], { expectedRevision: 0 }),
        ).rejects.toBeInstanceOf(IdempotencyKeyTakenError);
        expect(await store.readStream(s)).toHaveLength(1);
      });

      it('keeps idempotency keys per stream and finds events by them', async () => {
        const a = stream();
        const b = stream();
        await store.appendToStream(a, [event({ n: 1 }), event({ n: 2 }, 'shared-key')], { expectedRevision: NO_STREAM });
        await store.appendToStream(b, [event({ n: 3 }, 'shared-key')], { expectedRevision: NO_STREAM });
        expect((await store.findByIdempotencyKey(a, 'shared-key'))?.data['n']).toBe(2);
        expect((await store.findByIdempotencyKey(b, 'shared-key'))?.data['n']).toBe(3);
        expect(await store.findByIdempotencyKey(a, 'other')).toBeUndefined();
      });

      it('lets exactly one of two concurrent appends at the same revision win', async () => {
        const s = stream();
        await store.appendToStream(s, [event()], { expectedRevision: NO_STREAM });
        const results = await Promise.allSettled([
          store.appendToStream(s, [event({ w: 'a' })], { expectedRevision: 0 }),
          store.appendToStream(s, [event({ w: 'b' })], { expectedRevision: 0 }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('round-trips large and non-ASCII events exactly', async () => {
        const s = stream();
        const big = { text: 'Zürich 東京 😀 \u0000 "quoted" \\ '.repeat(7000), nested: { a: [1, 2.5, -0.001, true, null] } };
        await store.appendToStream(s, [event(big)], { expectedRevision: NO_STREAM });
        const [read] = await store.readStream(s);
        expect(JSON.stringify(read!.data).length).toBeGreaterThan(200_000);
        expect(read!.data).toEqual(big);
      });
    });

    describe('reading', () => {
      it('reads forwards, backwards, from a revision, with maxCount; a missing stream reads empty', async () => {
        const s = stream();
        await store.appendToStream(s, [0, 1, 2, 3, 4].map((n) => event({ n })), { expectedRevision: NO_STREAM });
        const n = (events: RecordedEvent[]) => events.map((e) => e.data['n']);
        expect(n(await store.readStream(s, { fromRevision: 2 }))).toEqual([2, 3, 4]);
        expect(n(await store.readStream(s, { fromRevision: 1, maxCount: 2 }))).toEqual([1, 2]);
        expect(n(await store.readStream(s, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
        expect(n(await store.readStream(s, { direction: 'backwards', fromRevision: 'end', maxCount: 1 }))).toEqual([4]);
        expect(n(await store.readStream(s, { direction: 'backwards', fromRevision: 2, maxCount: 2 }))).toEqual([2, 1]);
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('pages the global log by position', async () => {
        const s = stream();
        await store.appendToStream(s, [event({ n: 1 })], { expectedRevision: NO_STREAM });
        const [first] = await store.readStream(s);
        await store.appendToStream(s, [event({ n: 2 }), event({ n: 3 })], { expectedRevision: 0 });
        const page = await store.readAll({ afterPosition: first!.position, maxCount: 2 });
        const ours = page.filter((e) => e.streamName === s);
        expect(ours.map((e) => e.data['n'])).toEqual([2, 3].slice(0, ours.length));
        for (let i = 1; i < page.length; i++) expect(page[i]!.position).toBeGreaterThan(page[i - 1]!.position);
        if (options.contiguousPositions) expect(page.map((e) => e.position)).toEqual([first!.position + 1, first!.position + 2]);
      });
    });

    describe('subscribing to all', () => {
      it('delivers every later event exactly once, in order, including events appended while it runs', async () => {
        const s = stream();
        await store.appendToStream(s, [event({ n: 0 })], { expectedRevision: NO_STREAM });
        const [start] = await store.readStream(s);
        await store.appendToStream(s, [event({ n: 1 }), event({ n: 2 })], { expectedRevision: 0 });
        const subscription = store.subscribeToAll({ afterPosition: start!.position });
        const iterator = subscription[Symbol.asyncIterator]();
        const catchUp = (await take(iterator, 2)).filter((e) => e.streamName === s);
        const live = take(iterator, 3);
        await store.appendToStream(s, [event({ n: 3 })], { expectedRevision: 2 });
        await store.appendToStream(s, [event({ n: 4 }), event({ n: 5 })], { expectedRevision: 3 });
        const delivered = [...catchUp, ...(await live)].filter((e) => e.streamName === s);
        expect(delivered.map((e) => e.data['n'])).toEqual([1, 2, 3, 4, 5]);
        await subscription.unsubscribe();
      });

      it('ends the iteration on unsubscribe, even while waiting', async () => {
        const subscription = store.subscribeToAll({ afterPosition: Number.MAX_SAFE_INTEGER });
        const iterator = subscription[Symbol.asyncIterator]();
        const pending = iterator.next();
        await subscription.unsubscribe();
        expect((await pending).done).toBe(true);
      });
    });
  });
}
