import { DuplicateEventIdError, IdempotencyKeyTakenError } from '../event-store.errors.js';
import type { EventToAppend } from '../recorded-event.js';
import { isIdempotencyStreamName } from './idempotency-stream-name.js';

/**
 * The checks of an append that need no server, run before any I/O: a stream the caller may
 * write, at least one event, no idempotency key and no event id twice in the batch.
 * (EventStoreDB itself accepts a repeated id in a batch, and only de-duplicates ids across
 * appends within its idempotency window.)
 * @throws RangeError for an empty batch; TypeError for a reserved stream name (`$…`, or the claim prefix).
 * @throws IdempotencyKeyTakenError when two events of the batch carry the same key.
 * @throws DuplicateEventIdError when two events of the batch carry the same id.
 */
export function checkAppend(streamName: string, events: readonly EventToAppend[]): void {
  if (events.length === 0) throw new RangeError('appendToStream needs at least one event');
  if (streamName.length === 0 || streamName.startsWith('$') || isIdempotencyStreamName(streamName)) {
    throw new TypeError(`stream name ${JSON.stringify(streamName)} is reserved in EventStoreDB or by this adapter`);
  }
  const keys = new Set<string>();
  const ids = new Set<string>();
  for (const event of events) {
    if (event.idempotencyKey !== undefined) {
      if (keys.has(event.idempotencyKey)) throw new IdempotencyKeyTakenError(streamName, event.idempotencyKey);
      keys.add(event.idempotencyKey);
    }
    if (ids.has(event.eventId)) throw new DuplicateEventIdError(event.eventId);
    ids.add(event.eventId);
  }
}
