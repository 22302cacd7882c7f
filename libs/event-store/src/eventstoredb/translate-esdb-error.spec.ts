import {
  AccessDeniedError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, IdempotencyKeyTakenError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { NO_STREAM } from '../expected-revision.js';
import { isTransientEsdbError, translateEsdbError } from './translate-esdb-error.js';

const conflict = (current: bigint | 'no_stream') =>
  new WrongExpectedVersionError(undefined, { streamName: 'ledger-a', expected: 2n, current });

describe("translating the client's errors into the port's", () => {
  it('reports a wrong expected version with the caller expectation and the actual revision', () => {
    const translated = translateEsdbError(conflict(5n), { streamName: 'ledger-a', expectedRevision: 2 });
    expect(translated).toBeInstanceOf(WrongExpectedRevisionError);
    expect(translated).toMatchObject({ streamName: 'ledger-a', expectedRevision: 2, actualRevision: 5 });
    const missing = translateEsdbError(conflict('no_stream'), { streamName: 'ledger-a', expectedRevision: 2 });
    expect(missing).toMatchObject({ actualRevision: NO_STREAM });
  });

  it('turns every other client error into EventStoreUnavailableError without the server message', () => {
    const errors = [
      new UnavailableError(undefined, 'connect ECONNREFUSED 10.0.0.7:2113'),
      new DeadlineExceededError(undefined, 'deadline'),
      new AccessDeniedError(undefined, 'denied'),
      MaxAppendSizeExceededError.fromMaxAppendSize(1048576),
      new StreamNotFoundError(undefined, 'ledger-a'),
      conflict(1n), // a conflict outside an append of that stream
      new Error('14 UNAVAILABLE: No connection established'),
    ];
    for (const error of errors) {
      const translated = translateEsdbError(error) as EventStoreUnavailableError;
      expect(translated).toBeInstanceOf(EventStoreUnavailableError);
      expect(translated.message).not.toMatch(/10\.0\.0\.7|ECONNREFUSED|UNAVAILABLE:/);
      expect(translated.cause).toBe(error);
    }
    expect((translateEsdbError(MaxAppendSizeExceededError.fromMaxAppendSize(1048576)) as Error).message).toContain('1048576');
  });

  it("lets the port's own errors and programming errors through unchanged", () => {
    const own = new IdempotencyKeyTakenError('ledger-a', 'k');
    const bug = new TypeError('event data must be a JSON object');
    expect(translateEsdbError(own)).toBe(own);
    expect(translateEsdbError(bug)).toBe(bug);
  });

  it('treats connection-level errors as transient and refusals as final', () => {
    expect(isTransientEsdbError(new UnavailableError())).toBe(true);
    expect(isTransientEsdbError(new DeadlineExceededError())).toBe(true);
    expect(isTransientEsdbError(Object.setPrototypeOf(new Error('x'), NotLeaderError.prototype))).toBe(true);
    expect(isTransientEsdbError(new AccessDeniedError())).toBe(false);
    expect(isTransientEsdbError(conflict(1n))).toBe(false);
    expect(isTransientEsdbError(new EventStoreUnavailableError('closed'))).toBe(false);
  });
});
