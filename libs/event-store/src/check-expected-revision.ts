import { WrongExpectedRevisionError } from './event-store.errors.js';
import { ANY, NO_STREAM, STREAM_EXISTS, type ExpectedRevision } from './expected-revision.js';

/**
 * The one expected-revision check of the port, with EventStoreDB's semantics: every adapter that
 * checks a tail itself (SQLite inside its write transaction, EventStoreDB before a keyed append)
 * calls this. `current` is the revision of the stream's last event, -1 when the stream does not
 * exist. ANY accepts every state, NO_STREAM only -1, STREAM_EXISTS any revision ≥ 0, and a number
 * only that revision.
 * @throws WrongExpectedRevisionError (actualRevision NO_STREAM for -1, else `current`) when
 *   `current` does not satisfy `expected`.
 */
export function checkExpectedRevision(streamName: string, expected: ExpectedRevision, current: number): void {
  const ok =
    expected === ANY ||
    (expected === NO_STREAM && current === -1) ||
    (expected === STREAM_EXISTS && current >= 0) ||
    (typeof expected === 'number' && expected === current);
  if (!ok) throw new WrongExpectedRevisionError(streamName, expected, current === -1 ? NO_STREAM : current);
}
