import { EventStoreError, DuplicateEventIdError, EventStoreUnavailableError, IdempotencyKeyTakenError } from '../event-store.errors.js';

/** Maps a better-sqlite3 error to the port's errors; nothing driver-specific escapes the adapter. */
export function translateSqliteError(error: unknown, streamName = '(unknown stream)'): Error {
  if (error instanceof EventStoreError || error instanceof RangeError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    if (message.includes('events.event_id')) {
      return new DuplicateEventIdError('(one of the appended events)');
    }
    if (message.includes('idempotency_key')) return new IdempotencyKeyTakenError(streamName, '(one of the appended keys)');
  }
  return new EventStoreUnavailableError('the event log failed to complete the operation', { cause: error });
}
