import { randomUUID } from 'node:crypto';
import { EventStoreUnavailableError } from '../event-store.errors.js';
import type { EventToAppend } from '../recorded-event.js';
import { decodeDataBytes, decodeEsdbEvent, positionOf } from './decode-esdb-event.js';
import { IDEMPOTENCY_KEY_MEMBER, encodeEsdbEvent } from './encode-esdb-event.js';
import { recordedByClient } from './testing/recorded-by-client.js';

const at = { streamName: 'ledger-default', revision: 7, position: 4711 };
const event = (overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  eventId: randomUUID(),
  type: 'RULE_CREATED',
  data: { n: 1 },
  metadata: { schemaVersion: 1, sequence: 8 },
  ...overrides,
});
const roundTrip = (appended: EventToAppend) => recordedByClient(encodeEsdbEvent(appended), at);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('storing events in EventStoreDB and reading them back through the client', () => {
  it('keeps id, type, data, metadata, stream, revision and position', () => {
    const appended = event({ data: { z: 'Zürich 東京 😀', a: [1, 2.5, null], nested: { ok: true } } });
    expect(decodeEsdbEvent(roundTrip(appended))).toEqual({
      streamName: 'ledger-default',
      revision: 7,
      position: 4711,
      eventId: appended.eventId,
      type: 'RULE_CREATED',
      data: appended.data,
      metadata: appended.metadata,
    });
  });

  it('stores a given dataText byte for byte as a binary event and returns exactly its bytes', () => {
    // Member order, spacing, number spelling and escapes that JSON.stringify would all change.
    const dataText = '{"z":"Z\\u00fcrich","a":[1,2.50, 1e2],"n":{"y":null,"b":true}}';
    const appended = event({ data: JSON.parse(dataText), dataText });
    expect(encodeEsdbEvent(appended).contentType).toBe('application/octet-stream');
    const recorded = roundTrip(appended);
    expect(Buffer.from(decodeDataBytes(recorded)).equals(utf8(dataText))).toBe(true);
    expect(decodeEsdbEvent(recorded).data).toEqual(JSON.parse(dataText));
  });

  it('keeps a byte order mark and non-ASCII text of a dataText', () => {
    const dataText = '\uFEFF{"text":"e\u0301 שלום 👩‍💻"}';
    expect(Buffer.from(decodeDataBytes(roundTrip(event({ data: { text: 'x' }, dataText })))).equals(utf8(dataText))).toBe(true);
  });

  it('returns the stored bytes of a JSON event as the client wrote them', () => {
    const appended = event({ data: { b: 1, a: 'Zürich', c: [0.1, -0, 1e21, '\ud800'] } });
    expect(encodeEsdbEvent(appended).contentType).toBe('application/json');
    expect(Buffer.from(decodeDataBytes(roundTrip(appended))).equals(utf8(JSON.stringify(appended.data)))).toBe(true);
  });

  it('carries the idempotency key in the metadata and hands it back separately', () => {
    const appended = event({ idempotencyKey: 'clé-東京-😀' });
    const recorded = roundTrip(appended);
    expect(recorded.metadata).toEqual({ ...appended.metadata, [IDEMPOTENCY_KEY_MEMBER]: 'clé-東京-😀' });
    const decoded = decodeEsdbEvent(recorded);
    expect(decoded.metadata).toEqual(appended.metadata);
    expect(decoded.idempotencyKey).toBe('clé-東京-😀');
  });

  it('refuses data or metadata that is not a JSON object, and metadata using the reserved member', () => {
    expect(() => encodeEsdbEvent(event({ data: [1] as never }))).toThrow(TypeError);
    expect(() => encodeEsdbEvent(event({ metadata: 'x' as never }))).toThrow(TypeError);
    expect(() => encodeEsdbEvent(event({ metadata: { [IDEMPOTENCY_KEY_MEMBER]: 'mine' } }))).toThrow(TypeError);
  });

  it('marks an event whose stored bytes are not a JSON object as unreadable, and still returns its bytes', () => {
    const damaged = { ...encodeEsdbEvent(event({ dataText: '{"n":1}' })), data: utf8('{"n":1') };
    const recorded = recordedByClient(damaged as never, at);
    expect(decodeEsdbEvent(recorded)).toMatchObject({ data: {}, metadata: {}, unreadable: true });
    expect(Buffer.from(decodeDataBytes(recorded)).equals(utf8('{"n":1'))).toBe(true);
  });

  it('returns bytes that are not UTF-8 as they are, for a verifier to name', () => {
    const bytes = Uint8Array.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]); // {"n":"<ff fe>"}
    const recorded = recordedByClient({ ...encodeEsdbEvent(event({ dataText: '{"n":1}' })), data: bytes } as never, at);
    expect(decodeEsdbEvent(recorded)).toMatchObject({ unreadable: true });
    expect(Buffer.from(decodeDataBytes(recorded)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses an event for which the server reported no $all position (servers before 22.6)', () => {
    const recorded = roundTrip(event());
    expect(() => positionOf({ ...recorded, position: undefined } as never)).toThrow(EventStoreUnavailableError);
    expect(() => positionOf({ ...recorded, position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n } } as never)).toThrow(
      EventStoreUnavailableError,
    );
  });
});
