import { EventStoreUnavailableError } from '../event-store.errors.js';
import { NO_STREAM } from '../expected-revision.js';
import { newEvent, numbersOf, rejectionOf, remainderOf, takeFromStreams, uniqueStreamName, type ContractContext } from './contract-fixtures.js';

/** The live subscription to the global log, and closing the store. */
export function describeSubscriptionContract(context: ContractContext): void {
  const store = () => context.store();

  describe('subscribing to all', () => {
    it('delivers every event after the position once, in order, then the events appended while it runs', async () => {
      const [a, b] = [uniqueStreamName('sub-a'), uniqueStreamName('sub-b')];
      const { position: before } = await store().appendToStream(a, [newEvent({ n: 'a0' })], { expectedRevision: NO_STREAM });
      await store().appendToStream(a, [newEvent({ n: 'a1' }), newEvent({ n: 'a2' })], { expectedRevision: 0 });
      await store().appendToStream(b, [newEvent({ n: 'b0' })], { expectedRevision: NO_STREAM });
      const subscription = store().subscribeToAll({ afterPosition: before });
      const iterator = subscription[Symbol.asyncIterator]();

      const caughtUp = await takeFromStreams(iterator, [a, b], 3);
      const live = takeFromStreams(iterator, [a, b], 4);
      await store().appendToStream(a, [newEvent({ n: 'a3' })], { expectedRevision: 2 });
      await store().appendToStream(b, [newEvent({ n: 'b1' }), newEvent({ n: 'b2' })], { expectedRevision: 0 });
      await store().appendToStream(a, [newEvent({ n: 'a4' })], { expectedRevision: 3 });
      const delivered = [...caughtUp, ...(await live)];
      expect(numbersOf(delivered)).toEqual(['a1', 'a2', 'b0', 'a3', 'b1', 'b2', 'a4']);
      expect(delivered).toEqual(await store().readAll({ afterPosition: before, maxCount: 1000 }).then((all) => all.filter((e) => e.streamName === a || e.streamName === b)));

      // Nothing is delivered twice: the next event of ours is the one appended next.
      const next = takeFromStreams(iterator, [a, b], 1);
      await store().appendToStream(b, [newEvent({ n: 'b3' })], { expectedRevision: 2 });
      expect(numbersOf(await next)).toEqual(['b3']);
      await subscription.unsubscribe();
    });

    it('starts at the beginning of the log when no position is given', async () => {
      const stream = uniqueStreamName('sub-start');
      await store().appendToStream(stream, [newEvent({ n: 0 }), newEvent({ n: 1 })], { expectedRevision: NO_STREAM });
      const subscription = store().subscribeToAll();
      expect(numbersOf(await takeFromStreams(subscription[Symbol.asyncIterator](), [stream], 2))).toEqual([0, 1]);
      await subscription.unsubscribe();
    });

    it('ends on unsubscribe: a waiting next() settles and no later event is delivered', async () => {
      const stream = uniqueStreamName('sub-end');
      const subscription = store().subscribeToAll({ afterPosition: await store().headPosition() });
      const iterator = subscription[Symbol.asyncIterator]();
      const waiting = iterator.next();
      await subscription.unsubscribe();
      await store().appendToStream(stream, [newEvent({ n: 'after' })], { expectedRevision: NO_STREAM });
      const rest = await remainderOf(iterator, waiting);
      expect(rest.filter((e) => e.streamName === stream)).toEqual([]);
    });
  });

  describe('closing', () => {
    it('ends every subscription, and the store refuses further work as unavailable', async () => {
      const stream = uniqueStreamName('closed');
      await store().appendToStream(stream, [newEvent({ n: 0 })], { expectedRevision: NO_STREAM });
      await store().ping();
      const head = await store().headPosition();
      const iterators = [1, 2].map(() => store().subscribeToAll({ afterPosition: head })[Symbol.asyncIterator]());
      const waiting = iterators.map((iterator) => iterator.next());
      await context.closeStore();
      // Each iteration ends (on a shared store, after any foreign event it already had in hand).
      await Promise.all(iterators.map((iterator, i) => remainderOf(iterator, waiting[i]!)));
      for (const call of [
        () => store().appendToStream(stream, [newEvent({ n: 1 })], { expectedRevision: 0 }),
        () => store().readStream(stream),
        () => store().readAll({ maxCount: 1 }),
        () => store().findByIdempotencyKey(stream, 'key'),
        () => store().ping(),
      ]) {
        expect(await rejectionOf(call())).toBeInstanceOf(EventStoreUnavailableError);
      }
    });
  });
}
