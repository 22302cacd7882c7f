import { checkExpectedRevision } from './check-expected-revision.js';
import { WrongExpectedRevisionError } from './event-store.errors.js';
import { ANY, NO_STREAM, STREAM_EXISTS, type ExpectedRevision } from './expected-revision.js';

/** The stream's tail as the adapters pass it: -1 for no stream, else the last event's revision. */
const NONE = -1;

// Every expected revision against every kind of tail: no stream, one event (0), a longer stream (5).
const cases: Array<[expected: ExpectedRevision, tail: number, accepted: boolean]> = [
  [ANY, NONE, true],
  [ANY, 0, true],
  [ANY, 5, true],
  [NO_STREAM, NONE, true],
  [NO_STREAM, 0, false],
  [NO_STREAM, 5, false],
  [STREAM_EXISTS, NONE, false],
  [STREAM_EXISTS, 0, true],
  [STREAM_EXISTS, 5, true],
  [0, NONE, false],
  [0, 0, true],
  [0, 5, false],
  [5, NONE, false],
  [5, 0, false],
  [5, 5, true],
];

describe('the expected-revision check every adapter runs', () => {
  describe.each(cases)('expected %p, tail %p', (expected, tail, accepted) => {
    if (accepted) {
      it('accepts the append', () => {
        expect(() => checkExpectedRevision('ledger-a', expected, tail)).not.toThrow();
      });
    } else {
      it('refuses it, reporting the expected and the actual revision', () => {
        let thrown: unknown;
        try {
          checkExpectedRevision('ledger-a', expected, tail);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(WrongExpectedRevisionError);
        expect(thrown).toMatchObject({
          streamName: 'ledger-a',
          expectedRevision: expected,
          actualRevision: tail === NONE ? NO_STREAM : tail,
          code: 'EVENT_STORE.WRONG_EXPECTED_REVISION',
        });
      });
    }
  });
});
