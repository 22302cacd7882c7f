import type { RecordedEvent } from '../recorded-event.js';

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

export function toRecordedEvent(row: EventRow): RecordedEvent {
  let data: RecordedEvent['data'];
  let metadata: RecordedEvent['metadata'];
  let unreadable = false;
  try {
    data = JSON.parse(row.data);
    metadata = JSON.parse(row.metadata);
  } catch {
    // Damaged on disk: hand it over as unreadable so a verifier can point at it.
    data = {};
    metadata = {};
    unreadable = true;
  }
  return {
    streamName: row.stream_name,
    revision: row.revision,
    position: row.position,
    eventId: row.event_id,
    type: row.type,
    data,
    metadata,
    ...(row.idempotency_key === null ? {} : { idempotencyKey: row.idempotency_key }),
    ...(unreadable ? { unreadable: true as const } : {}),
  };
}
