import { DuplicateEventIdError, EventStoreDiskFullError, EventStoreUnavailableError, IdempotencyKeyTakenError } from '../event-store.errors.js';
import type { EventToAppend } from '../recorded-event.js';

/** The event whose INSERT failed, so a constraint error can name it. */
export interface FailedInsert {
  streamName: string;
  event: EventToAppend;
}

/**
 * Maps a better-sqlite3 error to the port's errors so that no driver type or message (SQL, file
 * paths) crosses the port: constraint errors to their conflicts, SQLITE_FULL to
 * EventStoreDiskFullError, anything else to EventStoreUnavailableError. Errors that are not the driver's (the port's own, a caller's
 * TypeError) pass through unchanged.
 */
export function translateSqliteError(error: unknown, failedInsert?: FailedInsert): unknown {
  if (!isSqliteError(error)) return error;
  if (failedInsert && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    // SQLite names the violated columns: "UNIQUE constraint failed: events.event_id".
    if (error.message.includes('events.event_id')) return new DuplicateEventIdError(failedInsert.event.eventId);
    if (error.message.includes('events.idempotency_key')) {
      return new IdempotencyKeyTakenError(failedInsert.streamName, failedInsert.event.idempotencyKey ?? '');
    }
  }
  // SQLite reports a write that hit ENOSPC as SQLITE_FULL (and rolls the transaction back).
  if (error.code === 'SQLITE_FULL') return new EventStoreDiskFullError('the disk holding the event log is full; nothing was stored', { cause: error });
  const busy = error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED');
  return new EventStoreUnavailableError(
    busy ? 'the event log is locked by another writer; retry later' : 'the event log failed to complete the operation',
    { cause: error },
  );
}

/**
 * Recognised by shape, not by `instanceof`: the native addon keeps the error class of the first
 * module instance (and realm) that loaded it, so where modules are loaded afresh (jest, per test
 * file) the driver throws instances of another copy of SqliteError and of Error.
 */
function isSqliteError(error: unknown): error is { name: string; message: string; code: string } {
  const candidate = error as { name?: unknown; message?: unknown; code?: unknown } | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'SqliteError' &&
    typeof candidate.message === 'string' &&
    typeof candidate.code === 'string'
  );
}
