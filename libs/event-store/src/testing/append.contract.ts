import { WrongExpectedRevisionError } from '../event-store.errors.js';
import { ANY, NO_STREAM, STREAM_EXISTS, type ExpectedRevision } from '../expected-revision.js';
import { newEvent, numbersOf, rejectionOf, uniqueStreamName, type ContractContext } from './contract-fixtures.js';

/** Appending: order, contiguous revisions, and the optimistic concurrency of expected revisions. */
export function describeAppendContract(context: ContractContext): void {
  const store = () => context.store();
  const conflictOf = async (stream: string, expectedRevision: ExpectedRevision) => {
    const error = await rejectionOf(store().appendToStream(stream, [newEvent({ n: 'refused' })], { expectedRevision }));
    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    return error as WrongExpectedRevisionError;
  };

  describe('appending', () => {
    it('stores a batch in order with contiguous revisions from 0, and the next batch after it', async () => {
      const stream = uniqueStreamName('order');
      const first = [newEvent({ n: 1 }), newEvent({ n: 2 }, { metadata: { schemaVersion: 1, by: 'first' } })];
      const second = [newEvent({ n: 3 }), newEvent({ n: 4 }), newEvent({ n: 5 })];
      const one = await store().appendToStream(stream, first, { expectedRevision: NO_STREAM });
      const two = await store().appendToStream(stream, second, { expectedRevision: one.nextExpectedRevision });
      expect([one.nextExpectedRevision, two.nextExpectedRevision]).toEqual([1, 4]);

      const read = await store().readStream(stream);
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(read.map((e) => [e.streamName, e.eventId, e.type, e.metadata])).toEqual(
        [...first, ...second].map((e) => [stream, e.eventId, e.type, e.metadata]),
      );
      expect(numbersOf(read)).toEqual([1, 2, 3, 4, 5]);
      const positions = read.map((e) => e.position);
      for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1]!);
      expect([one.position, two.position]).toEqual([positions[1], positions[4]]);
      expect(await store().headPosition()).toBeGreaterThanOrEqual(two.position);
    });

    it('refuses an expected revision below or above the tail, naming the actual one, and stores nothing', async () => {
      const stream = uniqueStreamName('conflict');
      await store().appendToStream(stream, [newEvent({ n: 0 }), newEvent({ n: 1 })], { expectedRevision: NO_STREAM });
      for (const expected of [0, 2, 7]) {
        const error = await conflictOf(stream, expected);
        expect([error.streamName, error.expectedRevision, error.actualRevision]).toEqual([stream, expected, 1]);
      }
      expect(numbersOf(await store().readStream(stream))).toEqual([0, 1]);
    });

    it('refuses a numeric expected revision on a missing stream, reporting NO_STREAM', async () => {
      const stream = uniqueStreamName('missing');
      expect((await conflictOf(stream, 0)).actualRevision).toBe(NO_STREAM);
      expect(await store().readStream(stream)).toEqual([]);
    });

    it('appends with NO_STREAM only to a missing stream', async () => {
      const stream = uniqueStreamName('no-stream');
      await store().appendToStream(stream, [newEvent({ n: 0 })], { expectedRevision: NO_STREAM });
      expect((await conflictOf(stream, NO_STREAM)).actualRevision).toBe(0);
      expect(numbersOf(await store().readStream(stream))).toEqual([0]);
    });

    it('appends with STREAM_EXISTS only to a stream that has events', async () => {
      const stream = uniqueStreamName('stream-exists');
      expect((await conflictOf(stream, STREAM_EXISTS)).actualRevision).toBe(NO_STREAM);
      await store().appendToStream(stream, [newEvent({ n: 0 })], { expectedRevision: NO_STREAM });
      const result = await store().appendToStream(stream, [newEvent({ n: 1 })], { expectedRevision: STREAM_EXISTS });
      expect(result.nextExpectedRevision).toBe(1);
      expect(numbersOf(await store().readStream(stream))).toEqual([0, 1]);
    });

    it('appends with ANY whatever the stream holds', async () => {
      const stream = uniqueStreamName('any');
      const created = await store().appendToStream(stream, [newEvent({ n: 0 })], { expectedRevision: ANY });
      const extended = await store().appendToStream(stream, [newEvent({ n: 1 }), newEvent({ n: 2 })], { expectedRevision: ANY });
      expect([created.nextExpectedRevision, extended.nextExpectedRevision]).toEqual([0, 2]);
      expect(numbersOf(await store().readStream(stream))).toEqual([0, 1, 2]);
    });

    it('lets exactly one of several concurrent appends at the same expected revision win', async () => {
      const stream = uniqueStreamName('race');
      await store().appendToStream(stream, [newEvent({ n: 'base' })], { expectedRevision: NO_STREAM });
      const racers = ['a', 'b', 'c', 'd'];
      const outcomes = await Promise.allSettled(
        racers.map((n) => store().appendToStream(stream, [newEvent({ n }), newEvent({ n })], { expectedRevision: 0 })),
      );
      const winners = racers.filter((_, i) => outcomes[i]!.status === 'fulfilled');
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect((outcome.reason as WrongExpectedRevisionError).actualRevision).toBe(2);
        }
      }
      expect(numbersOf(await store().readStream(stream))).toEqual(['base', winners[0], winners[0]]);
    });
  });
}
