import { jsonEvent } from '@eventstore/db-client';
import { IDEMPOTENCY_CLAIM_TYPE, claimsToCheck, parseClaim, type IdempotencyClaim } from './idempotency-claims.js';
import { recordedByClient } from './testing/recorded-by-client.js';

const claim = (revision: number, eventId = `event-${revision}`): IdempotencyClaim => ({
  streamName: 'ledger-a',
  idempotencyKey: 'order-42',
  eventId,
  revision,
});
const stored = (data: object, type = IDEMPOTENCY_CLAIM_TYPE) =>
  recordedByClient(jsonEvent({ type, data: { ...data } }), { streamName: 'idempotency-x', revision: 0, position: 99 });

describe('idempotency claims', () => {
  it('reads back a claim as stored, and ignores anything else in a claim stream', () => {
    expect(parseClaim(stored(claim(3)))).toEqual(claim(3));
    expect(parseClaim(stored(claim(3), 'SomethingElse'))).toBeUndefined();
    expect(parseClaim(stored({ ...claim(3), revision: '3' }))).toBeUndefined();
    expect(parseClaim(stored({ ...claim(3), revision: -1 }))).toBeUndefined();
  });

  it('checks only claims at or below the tail the append commits on, each revision and event once, oldest first', () => {
    const claims = [claim(2), claim(5), claim(2), claim(4, 'other'), claim(4), undefined, claim(6)];
    expect(claimsToCheck(claims, 'ledger-a', 'order-42', 4)).toEqual([claim(2), claim(4, 'other'), claim(4)]);
    expect(claimsToCheck(claims, 'ledger-a', 'order-42', -1)).toEqual([]);
  });

  it('ignores claims of another stream or key (a hash collision would not mix them up)', () => {
    const foreign = [{ ...claim(1), streamName: 'ledger-b' }, { ...claim(1), idempotencyKey: 'order-43' }];
    expect(claimsToCheck(foreign, 'ledger-a', 'order-42', 10)).toEqual([]);
  });
});
