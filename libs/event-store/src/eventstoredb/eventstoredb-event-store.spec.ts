import { randomUUID } from 'node:crypto';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import { NO_STREAM } from '../expected-revision.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

/** Nothing listens on port 1: every call meets a refused connection, as when the server is down. */
const UNREACHABLE = 'esdb://127.0.0.1:1?tls=false';
const anEvent = () => ({ eventId: randomUUID(), type: 'T', data: { n: 1 }, metadata: {} });

describe('EventStoreDbEventStore without a reachable server', () => {
  let store: EventStoreDbEventStore;
  beforeEach(() => {
    store = EventStoreDbEventStore.connect({ connectionString: UNREACHABLE });
  });
  afterEach(() => store.close());

  it('connects lazily and reports the server as unavailable, in the port terms only', async () => {
    const calls = [
      () => store.ping(),
      () => store.readStream('ledger-a'),
      () => store.appendToStream('ledger-a', [anEvent()], { expectedRevision: NO_STREAM }),
      () => store.appendToStream('ledger-a', [{ ...anEvent(), idempotencyKey: 'k' }], { expectedRevision: NO_STREAM }),
      () => store.findByIdempotencyKey('ledger-a', 'k'),
    ];
    for (const call of calls) {
      const error = await call().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(EventStoreUnavailableError);
      expect((error as Error).message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|14 UNAVAILABLE/);
    }
  });

  it('refuses every call once closed, and ends its subscriptions', async () => {
    const iterator = store.subscribeToAll()[Symbol.asyncIterator]();
    const waiting = iterator.next();
    await store.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
    await expect(store.ping()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.readAll({ maxCount: 1 })).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.subscribeToAll()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('refuses a malformed connection string as unavailable', () => {
    expect(() => EventStoreDbEventStore.connect({ connectionString: 'http://nope' })).toThrow(EventStoreUnavailableError);
  });
});
