import { NO_STREAM } from '../expected-revision.js';
import type { ReadStreamOptions } from '../event-store.port.js';
import type { RecordedEvent } from '../recorded-event.js';
import { newEvent, numbersOf, uniqueStreamName, type ContractContext } from './contract-fixtures.js';

/** Reading a stream in either direction, and the global log by position. */
export function describeReadContract(context: ContractContext): void {
  const store = () => context.store();

  describe('reading', () => {
    it('reads a stream forwards and backwards, from a revision, up to maxCount', async () => {
      const stream = uniqueStreamName('read');
      await store().appendToStream(stream, [0, 1, 2, 3, 4].map((n) => newEvent({ n })), { expectedRevision: NO_STREAM });
      const read = async (options: ReadStreamOptions) => numbersOf(await store().readStream(stream, options));

      expect(await read({})).toEqual([0, 1, 2, 3, 4]);
      expect(await read({ fromRevision: 'start', maxCount: 2 })).toEqual([0, 1]);
      expect(await read({ fromRevision: 2 })).toEqual([2, 3, 4]);
      expect(await read({ fromRevision: 1, maxCount: 2 })).toEqual([1, 2]);
      expect(await read({ fromRevision: 5 })).toEqual([]);
      expect(await read({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
      expect(await read({ direction: 'backwards', fromRevision: 'end', maxCount: 1 })).toEqual([4]);
      expect(await read({ direction: 'backwards', fromRevision: 2 })).toEqual([2, 1, 0]);
      expect(await read({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
    });

    it('stores a given data text byte for byte and reads back its bytes, undecoded', async () => {
      const stream = uniqueStreamName('data-text');
      // Member order differs from JSON.stringify's, and non-ASCII stays as it is.
      const dataText = '{"z":"Zürich 東京 😀","a":[1,2.5],"n":{"y":null,"b":true}}';
      await store().appendToStream(stream, [newEvent({ n: 0 }), newEvent(JSON.parse(dataText), { dataText }), newEvent({ n: 2 })], {
        expectedRevision: NO_STREAM,
      });
      const raw = await store().readStreamData(stream, { fromRevision: 1, maxCount: 1 });
      expect(raw).toEqual([
        { revision: 1, position: expect.any(Number), eventId: expect.any(String), data: expect.any(Uint8Array), type: 'ContractEventHappened', metadata: { schemaVersion: 1 } },
      ]);
      expect(Buffer.from(raw[0]!.data).equals(Buffer.from(dataText, 'utf8'))).toBe(true);
      const [written] = await store().readStream(stream, { fromRevision: 1, maxCount: 1 });
      expect(written!.data).toEqual(JSON.parse(dataText));
      expect(raw[0]).toMatchObject({ position: written!.position, eventId: written!.eventId });

      const all = await store().readStreamData(stream);
      expect(all.map((e) => e.revision)).toEqual([0, 1, 2]);
      expect(JSON.parse(Buffer.from(all[0]!.data).toString('utf8'))).toEqual({ n: 0 });
      expect((await store().readStreamData(stream, { fromRevision: 2 })).map((e) => e.revision)).toEqual([2]);
      expect(await store().readStreamData(stream, { fromRevision: 3 })).toEqual([]);
      expect(await store().readStreamData(uniqueStreamName('none'))).toEqual([]);
    });

    it('reads long runs of stored data in revision order, from any revision, up to maxCount', async () => {
      const stream = uniqueStreamName('data-run');
      const texts = Array.from({ length: 1234 }, (_, n) => `{"n":${n},"text":"${'é東'.repeat(n % 5)}"}`);
      await store().appendToStream(stream, texts.map((dataText) => newEvent(JSON.parse(dataText), { dataText })), { expectedRevision: NO_STREAM });
      const read = async (options: { fromRevision?: number; maxCount?: number }) =>
        (await store().readStreamData(stream, options)).map((event) => [event.revision, Buffer.from(event.data).toString('utf8')]);
      const stored = (from: number, count: number) => texts.slice(from, from + count).map((text, i) => [from + i, text]);

      expect(await read({})).toEqual(stored(0, 1234));
      expect(await read({ fromRevision: 499, maxCount: 502 })).toEqual(stored(499, 502));
      expect(await read({ fromRevision: 1000 })).toEqual(stored(1000, 234));
      expect(await read({ maxCount: 0 })).toEqual([]);
      const identities = (events: readonly { revision: number; position: number; eventId: string }[]) =>
        events.map(({ revision, position, eventId }) => ({ revision, position, eventId }));
      expect(identities(await store().readStreamData(stream))).toEqual(identities(await store().readStream(stream)));
    });

    it('reads each event’s envelope with its stored data: the type and the caller’s metadata, as readStream gives them', async () => {
      const stream = uniqueStreamName('data-envelope');
      const events = Array.from({ length: 620 }, (_, n) =>
        newEvent({ n }, { type: `Type,${n % 3}`, metadata: { sequence: n + 1, hash: `h${n}`, note: 'a,b' }, ...(n === 7 ? { idempotencyKey: 'k-7' } : {}) }),
      );
      await store().appendToStream(stream, events, { expectedRevision: NO_STREAM });
      const envelopes = (read: readonly { eventId: string; type: string; metadata: unknown }[]) => read.map(({ eventId, type, metadata }) => ({ eventId, type, metadata }));
      const expected = events.map(({ eventId, type, metadata }) => ({ eventId, type, metadata }));
      expect(envelopes(await store().readStreamData(stream))).toEqual(expected);
      expect(envelopes(await store().readStreamData(stream, { fromRevision: 499, maxCount: 3 }))).toEqual(expected.slice(499, 502));
      expect(envelopes(await store().readStream(stream))).toEqual(expected);
    });

    it('reads a stream that does not exist as empty, in both directions', async () => {
      const stream = uniqueStreamName('never-written');
      expect(await store().readStream(stream)).toEqual([]);
      expect(await store().readStream(stream, { direction: 'backwards', maxCount: 1 })).toEqual([]);
    });

    it('pages through the global log by position, interleaving streams in commit order', async () => {
      const [a, b] = [uniqueStreamName('all-a'), uniqueStreamName('all-b')];
      const start = await store().headPosition();
      await store().appendToStream(a, [newEvent({ n: 'a0' })], { expectedRevision: NO_STREAM });
      await store().appendToStream(b, [newEvent({ n: 'b0' })], { expectedRevision: NO_STREAM });
      await store().appendToStream(a, [newEvent({ n: 'a1' }), newEvent({ n: 'a2' })], { expectedRevision: 0 });
      await store().appendToStream(b, [newEvent({ n: 'b1' })], { expectedRevision: 0 });
      const written = [...(await store().readStream(a)), ...(await store().readStream(b))];
      const last = Math.max(...written.map((e) => e.position));

      const ours: RecordedEvent[] = [];
      let after = start;
      while (after < last) {
        const page = await store().readAll({ afterPosition: after, maxCount: 2 });
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(2);
        for (const event of page) {
          expect(event.position).toBeGreaterThan(after);
          after = event.position;
          if (event.streamName === a || event.streamName === b) ours.push(event);
        }
      }
      expect(numbersOf(ours)).toEqual(['a0', 'b0', 'a1', 'a2', 'b1']);
      expect(ours).toEqual([...written].sort((x, y) => x.position - y.position));
      const beyond = await store().readAll({ afterPosition: last, maxCount: 10 });
      expect(beyond.filter((e) => e.streamName === a || e.streamName === b)).toEqual([]);
    });

    it('round-trips large and non-ASCII events byte for byte', async () => {
      const stream = uniqueStreamName('bytes');
      const text = 'Zürich 東京 😀 e\u0301 שלום \u0000\u001f "quoted" \\ back\nline\t';
      const data = {
        description: text.repeat(5000),
        nested: { 'clé': [1, 2.5, -0.001, 1e21, 2 ** 53 - 1, true, false, null, ''], emoji: '👩‍💻🇨🇭', deep: [[[{ 東京: 'Zürich' }]]] },
      };
      const metadata = { schemaVersion: 1, source: 'Zürich 東京 😀' };
      await store().appendToStream(stream, [newEvent(data, { metadata, idempotencyKey: 'clé-東京-😀' })], { expectedRevision: NO_STREAM });

      const bytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
      expect(bytes(data).length).toBeGreaterThan(200_000);
      const [read] = await store().readStream(stream);
      expect(bytes(read!.data).equals(bytes(data))).toBe(true);
      expect(bytes(read!.metadata).equals(bytes(metadata))).toBe(true);
      const found = await store().findByIdempotencyKey(stream, 'clé-東京-😀');
      expect(found && bytes(found.data).equals(bytes(data))).toBe(true);
    });
  });
}
