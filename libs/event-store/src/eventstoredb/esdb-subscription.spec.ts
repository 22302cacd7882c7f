import { randomUUID } from 'node:crypto';
import { AccessDeniedError, UnavailableError, type AllStreamResolvedEvent } from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import { heapUsedAfterGc } from '../testing/heap-after-gc.js';
import type { RecordedEvent } from '../recorded-event.js';
import { encodeEsdbEvent } from './encode-esdb-event.js';
import { EsdbSubscription } from './esdb-subscription.js';
import { toIdempotencyStreamName } from './idempotency-stream-name.js';
import { recordedByClient } from './testing/recorded-by-client.js';
import { ScriptedSubscriptionSource } from './testing/scripted-subscription-source.js';

/** An event as the client delivers it on a subscription to $all. */
function delivered(position: number, n: unknown, streamName = 'ledger-a', type = 'RULE_CREATED'): AllStreamResolvedEvent {
  const data = encodeEsdbEvent({ eventId: randomUUID(), type, data: { n }, metadata: {} });
  return { event: recordedByClient(data, { streamName, revision: position, position }) as never, commitPosition: BigInt(position) };
}

/**
 * A subscription whose server subscriptions are scripted: `opened` records each start position,
 * `source(i)` resolves with the i-th server subscription once the subscription opened it.
 */
function subscriptionFrom(afterPosition: number) {
  const sources: ScriptedSubscriptionSource[] = [];
  const opened: number[] = [];
  const waiters = new Map<number, (source: ScriptedSubscriptionSource) => void>();
  const source = (i: number) =>
    sources[i] ? Promise.resolve(sources[i]) : new Promise<ScriptedSubscriptionSource>((resolve) => waiters.set(i, resolve));
  const subscription = new EsdbSubscription(
    (after) => {
      opened.push(after);
      const created = new ScriptedSubscriptionSource();
      sources.push(created);
      waiters.get(sources.length - 1)?.(created);
      return created;
    },
    afterPosition,
    { initialMs: 0, maxMs: 0 },
    () => undefined,
  );
  return { subscription, iterator: subscription[Symbol.asyncIterator](), sources, source, opened };
}

async function take(iterator: AsyncIterator<RecordedEvent>, count: number): Promise<unknown[]> {
  const taken: unknown[] = [];
  while (taken.length < count) taken.push((await iterator.next()).value?.data['n']);
  return taken;
}

describe('the EventStoreDB subscription to all', () => {
  it('delivers caller events after the position in order, skipping the start event, system events and claims', async () => {
    const { subscription, iterator, source } = subscriptionFrom(100);
    const first = iterator.next();
    (await source(0)).push(
      delivered(100, 'at the start position'),
      delivered(110, 'system stream', '$stats-127.0.0.1:2113'),
      delivered(120, 'system type', 'ledger-a', '$metadata'),
      delivered(130, 'claim', toIdempotencyStreamName('ledger-a', 'k'), 'IdempotencyKeyClaimed'),
      delivered(140, 'one'),
      delivered(150, 'two', 'ledger-b'),
    );
    expect((await first).value).toMatchObject({ position: 140, streamName: 'ledger-a', data: { n: 'one' } });
    expect(await take(iterator, 1)).toEqual(['two']);
    await subscription.unsubscribe();
  });

  it('re-subscribes from the last delivered position after a dropped connection, delivering nothing twice', async () => {
    const { subscription, iterator, source, opened } = subscriptionFrom(0);
    const firstTwo = take(iterator, 2);
    (await source(0)).push(delivered(10, 'a'), delivered(20, 'b'), new UnavailableError(undefined, 'connection dropped'));
    expect(await firstTwo).toEqual(['a', 'b']);
    const next = take(iterator, 2);
    // The server starts again at the resume position itself, and a reconnect may end again.
    (await source(1)).push(delivered(20, 'b'), delivered(30, 'c'), 'end');
    (await source(2)).push(delivered(30, 'c'), delivered(40, 'd'));
    expect(await next).toEqual(['c', 'd']);
    expect(opened).toEqual([0, 20, 30]);
    expect((await source(0)).unsubscribed).toBe(true);
    await subscription.unsubscribe();
  });

  it("ends with the port's error on a refusal that retrying cannot fix", async () => {
    const { iterator, source } = subscriptionFrom(0);
    const next = iterator.next();
    (await source(0)).push(new AccessDeniedError(undefined, 'access denied'));
    await expect(next).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('ends on unsubscribe: a waiting next() settles done and the server subscription is released', async () => {
    const { subscription, iterator, source } = subscriptionFrom(0);
    const waiting = iterator.next();
    const server = await source(0);
    await subscription.unsubscribe();
    server.push(delivered(10, 'late'));
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    expect(server.unsubscribed).toBe(true);
  });

  it('keeps nothing of the events it has delivered, over a long-lived subscription', async () => {
    const { subscription, iterator, source } = subscriptionFrom(0);
    let position = 0;
    const deliver = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const next = iterator.next();
        position += 10;
        (await source(0)).push(delivered(position, 'x'.repeat(1000)));
        expect((await next).value?.position).toBe(position);
      }
    };
    await deliver(1000);
    const before = heapUsedAfterGc();
    await deliver(5000);
    // Kept, 5,000 events with ~1 KB of data each are over 10 MB.
    expect(heapUsedAfterGc() - before).toBeLessThan(2_000_000);
    await subscription.unsubscribe();
  });
});
