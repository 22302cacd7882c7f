import type { EventPayload, RecordedEvent } from '../recorded-event.js';

/** A row of the `events` table. */
export interface EventRow {
  position: number;
  stream_name: string;
  revision: number;
  event_id: string;
  type: string;
  data: string;
  metadata: string;
  idempotency_key: string | null;
}

/**
 * Turns a row into the port's event. Stored JSON that no longer parses to an object (the file
 * was altered outside the store) is handed over as `unreadable` so that a verifier can name it.
 */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  const data = parseStoredObject(row.data);
  const metadata = parseStoredObject(row.metadata);
  const readable = data !== undefined && metadata !== undefined;
  return {
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    eventId: row.event_id,
    type: row.type,
    data: readable ? data : {},
    metadata: readable ? metadata : {},
    ...(row.idempotency_key === null ? {} : { idempotencyKey: row.idempotency_key }),
    ...(readable ? {} : { unreadable: true as const }),
  };
}

/** The JSON object a stored text holds; undefined for text that is not one (altered outside the store). */
export function parseStoredObject(json: string): EventPayload | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as EventPayload) : undefined;
  } catch {
    return undefined;
  }
}
