import type { EventData, EventStoreDBClient } from '@eventstore/db-client';
import { checkExpectedRevision } from '../check-expected-revision.js';
import { IdempotencyKeyTakenError, WrongExpectedRevisionError } from '../event-store.errors.js';
import { ANY, NO_STREAM, STREAM_EXISTS, type ExpectedRevision } from '../expected-revision.js';
import type { AppendResult, EventToAppend } from '../recorded-event.js';
import { checkAppend } from './check-append.js';
import { positionOf } from './decode-esdb-event.js';
import { encodeEsdbEvent } from './encode-esdb-event.js';
import { collectStream, readTailRevision } from './esdb-reads.js';
import { toEsdbExpectedRevision, toSafeNumber } from './esdb-revisions.js';
import { findClaimedEvent, writeClaim } from './idempotency-claims.js';
import { translateEsdbError } from './translate-esdb-error.js';

/** Keyed appends with ANY / STREAM_EXISTS are pinned to the tail they read; retried this often if it moves. */
const PINNED_ATTEMPTS = 5;

/**
 * Appends `events` to `streamName` in one ESDB append (atomic within the stream).
 *
 * Batches without idempotency keys: one conditional append, nothing else.
 *
 * Batches with keys (ESDB has no secondary index and no multi-stream transaction), in this order:
 * 1. read the stream's tail T and check `expectedRevision` against it (ANY / STREAM_EXISTS are
 *    pinned to T, and retried on a moved tail);
 * 2. for each key, read its claim stream and look for a claim at a revision ≤ T whose event is
 *    really in the stream → IdempotencyKeyTakenError, nothing written;
 * 3. write one claim per key (stream, key, eventId, revision T+1+i);
 * 4. append the events with expected revision T.
 * A key can never be held twice: the append of step 4 succeeds only on tail T, so any other
 * append with the same key either committed before T (its claim precedes its append, which
 * precedes our read of T, so step 2 sees it), or races us on the same tail T (at most one
 * wins), or commits after us (and its own step 2, on a tail ≥ ours, sees our claim and event).
 * A crash or failure between steps 3 and 4 leaves a claim whose revision is never filled with
 * its event: it is ignored forever and blocks nothing. There is no window after step 4.
 * @throws WrongExpectedRevisionError, IdempotencyKeyTakenError, DuplicateEventIdError (in the
 *   batch), EventStoreUnavailableError.
 */
export async function appendEvents(
  client: EventStoreDBClient,
  streamName: string,
  events: readonly EventToAppend[],
  expectedRevision: ExpectedRevision,
): Promise<AppendResult> {
  checkAppend(streamName, events);
  toEsdbExpectedRevision(expectedRevision); // refuses a malformed revision before any I/O
  const data = events.map(encodeEsdbEvent);
  if (!events.some((event) => event.idempotencyKey !== undefined)) {
    return appendOnce(client, streamName, data, expectedRevision, expectedRevision);
  }
  const pinned = expectedRevision === ANY || expectedRevision === STREAM_EXISTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await appendKeyed(client, streamName, events, data, expectedRevision);
    } catch (error) {
      if (!(pinned && attempt < PINNED_ATTEMPTS && error instanceof WrongExpectedRevisionError && error.actualRevision !== NO_STREAM)) throw error;
    }
  }
}

async function appendKeyed(
  client: EventStoreDBClient,
  streamName: string,
  events: readonly EventToAppend[],
  data: EventData[],
  expectedRevision: ExpectedRevision,
): Promise<AppendResult> {
  const tail = await run(() => readTailRevision(client, streamName));
  checkExpectedRevision(streamName, expectedRevision, tail);
  const current = tail === -1 ? NO_STREAM : tail;

  const keyed = events.flatMap((event, index) => (event.idempotencyKey === undefined ? [] : [{ event, key: event.idempotencyKey, index }]));
  const holders = await run(() => Promise.all(keyed.map(({ key }) => findClaimedEvent(client, streamName, key, tail))));
  const taken = keyed.find((_, i) => holders[i] !== undefined);
  if (taken) throw new IdempotencyKeyTakenError(streamName, taken.key);
  await run(() =>
    Promise.all(keyed.map(({ event, key, index }) => writeClaim(client, { streamName, idempotencyKey: key, eventId: event.eventId, revision: tail + 1 + index }))),
  );
  return appendOnce(client, streamName, data, current, expectedRevision);
}

/** One conditional append; a conflict is reported with the caller's `reportedExpected`. */
async function appendOnce(
  client: EventStoreDBClient,
  streamName: string,
  data: EventData[],
  expected: ExpectedRevision,
  reportedExpected: ExpectedRevision,
): Promise<AppendResult> {
  try {
    const result = await client.appendToStream(streamName, data, { expectedRevision: toEsdbExpectedRevision(expected) });
    const nextExpectedRevision = toSafeNumber(result.nextExpectedRevision, 'revision');
    // The reply carries the last event's commit position; should a server leave it out, read it back.
    const position = result.position
      ? toSafeNumber(result.position.commit, 'position')
      : positionOf((await collectStream(client, streamName, { fromRevision: nextExpectedRevision, maxCount: 1 }))[0]!);
    return { nextExpectedRevision, position };
  } catch (error) {
    throw translateEsdbError(error, { streamName, expectedRevision: reportedExpected });
  }
}

async function run<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateEsdbError(error);
  }
}
