import { DuplicateEventIdError, IdempotencyKeyTakenError } from '../event-store.errors.js';
import { NO_STREAM } from '../expected-revision.js';
import { newEvent, numbersOf, rejectionOf, uniqueStreamName, type ContractContext } from './contract-fixtures.js';

/** Atomic batches and the uniqueness rules: idempotency keys per stream, event ids store-wide. */
export function describeIdempotencyContract(context: ContractContext): void {
  const store = () => context.store();

  describe('idempotency keys and atomic batches', () => {
    it('refuses a batch with a key already in the stream, storing none of the batch', async () => {
      const stream = uniqueStreamName('key-taken');
      await store().appendToStream(stream, [newEvent({ n: 0 }, { idempotencyKey: 'key-1' })], { expectedRevision: NO_STREAM });
      const batch = [newEvent({ n: 'a' }, { idempotencyKey: 'key-2' }), newEvent({ n: 'b' }, { idempotencyKey: 'key-1' })];
      const error = await rejectionOf(store().appendToStream(stream, batch, { expectedRevision: 0 }));
      expect(error).toBeInstanceOf(IdempotencyKeyTakenError);
      expect(error).toMatchObject({ streamName: stream, idempotencyKey: 'key-1' });
      expect(numbersOf(await store().readStream(stream))).toEqual([0]);
      expect(await store().findByIdempotencyKey(stream, 'key-2')).toBeUndefined();
      // The tail did not move: the writer's expected revision is still good.
      await store().appendToStream(stream, [newEvent({ n: 1 }, { idempotencyKey: 'key-2' })], { expectedRevision: 0 });
    });

    it('refuses a batch that repeats a key within itself, storing none of it', async () => {
      const stream = uniqueStreamName('key-repeated');
      const batch = [newEvent({ n: 0 }, { idempotencyKey: 'twice' }), newEvent({ n: 1 }, { idempotencyKey: 'twice' })];
      const error = await rejectionOf(store().appendToStream(stream, batch, { expectedRevision: NO_STREAM }));
      expect(error).toBeInstanceOf(IdempotencyKeyTakenError);
      expect(await store().readStream(stream)).toEqual([]);
    });

    it('keeps keys per stream and finds the event stored under a key', async () => {
      const [a, b] = [uniqueStreamName('keys-a'), uniqueStreamName('keys-b')];
      const keyed = newEvent({ n: 2 }, { idempotencyKey: 'shared-key' });
      await store().appendToStream(a, [newEvent({ n: 1 }), keyed], { expectedRevision: NO_STREAM });
      await store().appendToStream(b, [newEvent({ n: 3 }, { idempotencyKey: 'shared-key' })], { expectedRevision: NO_STREAM });

      const found = await store().findByIdempotencyKey(a, 'shared-key');
      expect(found).toMatchObject({ streamName: a, revision: 1, eventId: keyed.eventId, idempotencyKey: 'shared-key', data: { n: 2 } });
      expect((await store().findByIdempotencyKey(b, 'shared-key'))?.data).toEqual({ n: 3 });
      expect(await store().findByIdempotencyKey(a, 'unused-key')).toBeUndefined();
      expect(await store().findByIdempotencyKey(uniqueStreamName('keys-none'), 'shared-key')).toBeUndefined();
      const [unkeyed] = await store().readStream(a);
      expect(unkeyed!.idempotencyKey).toBeUndefined();
    });

    const eventIds = context.rejectsDuplicateEventIds ? it : it.skip;

    eventIds('refuses an event id stored in another stream, storing none of the batch', async () => {
      const [first, second] = [uniqueStreamName('ids-first'), uniqueStreamName('ids-second')];
      const stored = newEvent({ n: 0 });
      await store().appendToStream(first, [stored], { expectedRevision: NO_STREAM });
      const batch = [newEvent({ n: 1 }), newEvent({ n: 2 }, { eventId: stored.eventId })];
      const error = await rejectionOf(store().appendToStream(second, batch, { expectedRevision: NO_STREAM }));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect((error as DuplicateEventIdError).eventId).toBe(stored.eventId);
      expect(await store().readStream(second)).toEqual([]);
    });

    eventIds('refuses a batch that repeats an event id within itself, storing none of it', async () => {
      const stream = uniqueStreamName('ids-repeated');
      const event = newEvent({ n: 0 });
      const error = await rejectionOf(store().appendToStream(stream, [event, { ...event, data: { n: 1 } }], { expectedRevision: NO_STREAM }));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect(await store().readStream(stream)).toEqual([]);
    });
  });
}
