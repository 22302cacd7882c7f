import { randomUUID } from 'node:crypto';
import { NO_STREAM } from '../expected-revision.js';
import type { EventToAppend, RecordedEvent } from '../recorded-event.js';
import { SqliteEventStore } from './sqlite-event-store.js';

const event = (n: number): EventToAppend => ({ eventId: randomUUID(), type: 'Subscribed', data: { n }, metadata: {} });

async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<RecordedEvent[]> {
  const taken: RecordedEvent[] = [];
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    taken.push(next.value);
    if (taken.length === count) break;
  }
  return taken;
}

describe('a SQLite subscription', () => {
  // An hour between polls: whatever a test receives came through the in-process wake-up.
  let store: SqliteEventStore;
  beforeEach(() => (store = SqliteEventStore.open({ filename: ':memory:', pollIntervalMs: 3_600_000 })));
  afterEach(() => store.close());

  it('catches up across pages, every event once and in order, then follows live appends', async () => {
    const history = Array.from({ length: 2500 }, (_, n) => event(n));
    await store.appendToStream('s', history, { expectedRevision: NO_STREAM });
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    const caughtUp = await take(iterator, 2500);
    expect(caughtUp.map((e) => e.position)).toEqual(Array.from({ length: 2500 }, (_, i) => i + 1));
    expect(caughtUp.map((e) => e.eventId)).toEqual(history.map((e) => e.eventId));

    const live = take(iterator, 1);
    await store.appendToStream('s', [event(2500)], { expectedRevision: 2499 });
    expect((await live)[0]!.data).toEqual({ n: 2500 });
  });

  it('is woken by a commit made while its consumer was still handling the previous event', async () => {
    await store.appendToStream('s', [event(0)], { expectedRevision: NO_STREAM });
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    const [first] = await take(iterator, 1);
    // The consumer appends in reaction to an event, before asking for the next one.
    await store.appendToStream('s', [event(1)], { expectedRevision: first!.revision });
    expect((await take(iterator, 1))[0]!.data).toEqual({ n: 1 });
  });

  it('is ended by unsubscribe or close, whichever comes first, without waiting for a poll', async () => {
    const one = store.subscribeToAll();
    const two = store.subscribeToAll();
    const waiting = [one[Symbol.asyncIterator]().next(), two[Symbol.asyncIterator]().next()];
    await one.unsubscribe();
    expect((await waiting[0])!.done).toBe(true);
    await store.close();
    expect((await waiting[1])!.done).toBe(true);
  });
});
