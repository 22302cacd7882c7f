import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, IdempotencyKeyTakenError } from '../event-store.errors.js';
import type { EventToAppend } from '../recorded-event.js';
import { checkAppend } from './check-append.js';

const event = (overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  eventId: randomUUID(),
  type: 'T',
  data: {},
  metadata: {},
  ...overrides,
});

describe('checks of an append before it reaches EventStoreDB', () => {
  it('accepts distinct keys and ids, and events without keys', () => {
    expect(() => checkAppend('ledger-a', [event({ idempotencyKey: 'a' }), event(), event({ idempotencyKey: 'b' }), event()])).not.toThrow();
  });

  it('refuses a key repeated within the batch, naming it', () => {
    const error = (() => {
      try {
        checkAppend('ledger-a', [event({ idempotencyKey: 'twice' }), event(), event({ idempotencyKey: 'twice' })]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(IdempotencyKeyTakenError);
    expect(error).toMatchObject({ streamName: 'ledger-a', idempotencyKey: 'twice' });
  });

  it('refuses an event id repeated within the batch', () => {
    const once = event();
    expect(() => checkAppend('ledger-a', [once, { ...once, data: { n: 1 } }])).toThrow(DuplicateEventIdError);
  });

  it('refuses empty batches, system streams and the claim streams', () => {
    expect(() => checkAppend('ledger-a', [])).toThrow(RangeError);
    expect(() => checkAppend('$all', [event()])).toThrow(TypeError);
    expect(() => checkAppend('idempotency-abc', [event()])).toThrow(TypeError);
    expect(() => checkAppend('', [event()])).toThrow(TypeError);
  });
});
