import { binaryEvent, jsonEvent, type EventData } from '@eventstore/db-client';
import type { EventToAppend } from '../recorded-event.js';

/**
 * Member of the stored ESDB metadata that carries the event's idempotency key next to the
 * caller's metadata (ESDB events have no other place for it). Readers strip it again, so the
 * port's `metadata` round-trips unchanged; callers may not use the name themselves.
 */
export const IDEMPOTENCY_KEY_MEMBER = '$idempotencyKey';

/**
 * Builds the client's event for `event`: ESDB event id = eventId, type = type, metadata = the
 * caller's metadata plus {@link IDEMPOTENCY_KEY_MEMBER} (JSON).
 *
 * Data: with `dataText`, a binary event (`application/octet-stream`) holding exactly the UTF-8
 * bytes of that text — the client's `jsonEvent` always re-serializes `data` with JSON.stringify,
 * which would not keep the writer's bytes. Without it, a JSON event (`application/json`), whose
 * stored bytes are JSON.stringify(data).
 * @throws TypeError when data or metadata is not a JSON object, or metadata uses the reserved member.
 */
export function encodeEsdbEvent(event: EventToAppend): EventData {
  assertJsonObject(event.data, 'data');
  assertJsonObject(event.metadata, 'metadata');
  if (Object.hasOwn(event.metadata, IDEMPOTENCY_KEY_MEMBER)) {
    throw new TypeError(`event metadata must not contain ${IDEMPOTENCY_KEY_MEMBER}: the store keeps the idempotency key there`);
  }
  const metadata =
    event.idempotencyKey === undefined ? { ...event.metadata } : { ...event.metadata, [IDEMPOTENCY_KEY_MEMBER]: event.idempotencyKey };
  if (event.dataText !== undefined) {
    return binaryEvent({ id: event.eventId, type: event.type, data: new TextEncoder().encode(event.dataText), metadata });
  }
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata });
}

function assertJsonObject(payload: unknown, member: string): void {
  const json = JSON.stringify(payload);
  if (typeof json !== 'string' || json[0] !== '{') throw new TypeError(`event ${member} must be a JSON object`);
}
