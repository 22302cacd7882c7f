import { WrongExpectedRevisionError } from '../event-store.errors.js';
import { ANY, NO_STREAM, STREAM_EXISTS, type ExpectedRevision } from '../expected-revision.js';

/**
 * Throws WrongExpectedRevisionError unless the stream's current last revision (-1 when the
 * stream does not exist) satisfies `expected`, with EventStoreDB's semantics.
 */
export function checkExpectedRevision(streamName: string, expected: ExpectedRevision, current: number): void {
  const ok =
    expected === ANY ||
    (expected === NO_STREAM && current === -1) ||
    (expected === STREAM_EXISTS && current >= 0) ||
    (typeof expected === 'number' && expected === current);
  if (!ok) throw new WrongExpectedRevisionError(streamName, expected, current === -1 ? NO_STREAM : current);
}
