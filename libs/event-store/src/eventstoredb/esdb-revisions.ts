import {
  ANY as ESDB_ANY,
  NO_STREAM as ESDB_NO_STREAM,
  STREAM_EXISTS as ESDB_STREAM_EXISTS,
  type AppendExpectedRevision,
  type CurrentRevision as EsdbCurrentRevision,
} from '@eventstore/db-client';
import { ANY, NO_STREAM, STREAM_EXISTS, type CurrentRevision, type ExpectedRevision } from '../expected-revision.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Converts a revision or position the client reports as bigint into the port's number.
 * @throws RangeError when the value is negative or above Number.MAX_SAFE_INTEGER, where a number
 *   would silently round (a log of 9 PB; refused rather than mis-ordered).
 */
export function toSafeNumber(value: bigint, what: string): number {
  if (value < 0n || value > MAX_SAFE) throw new RangeError(`EventStoreDB ${what} ${value} is outside 0..${MAX_SAFE}`);
  return Number(value);
}

/**
 * The port's expected revision as the client's: named tokens map to the client's constants,
 * a revision to a bigint.
 * @throws RangeError for a revision that is not a non-negative safe integer.
 */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === NO_STREAM) return ESDB_NO_STREAM;
  if (expected === STREAM_EXISTS) return ESDB_STREAM_EXISTS;
  if (expected === ANY) return ESDB_ANY;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`expected revision must be a non-negative integer, got ${String(expected)}`);
  }
  return BigInt(expected);
}

/** The client's "current revision" of a conflict report (bigint or 'no_stream') as the port's. */
export function toPortCurrentRevision(current: EsdbCurrentRevision): CurrentRevision {
  return current === ESDB_NO_STREAM ? NO_STREAM : toSafeNumber(current, 'revision');
}
