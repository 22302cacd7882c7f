import { DuplicateEventIdError, EventStoreDiskFullError, EventStoreUnavailableError } from '../event-store.errors.js';
import { translateSqliteError } from './translate-sqlite-error.js';

/** A driver error as better-sqlite3 throws it (recognised by shape). */
const driverError = (code: string, message: string) => Object.assign(new Error(message), { name: 'SqliteError', code });

describe('translating SQLite errors into the port’s', () => {
  it('turns SQLITE_FULL into EventStoreDiskFullError, without the driver message', () => {
    const translated = translateSqliteError(driverError('SQLITE_FULL', 'database or disk is full: /data/events.db'));
    expect(translated).toBeInstanceOf(EventStoreDiskFullError);
    expect(translated).not.toBeInstanceOf(EventStoreUnavailableError);
    expect((translated as Error).message).not.toMatch(/\/data|database or disk/);
  });

  it('keeps a lock and any other driver failure as EventStoreUnavailableError', () => {
    expect(translateSqliteError(driverError('SQLITE_BUSY', 'database is locked'))).toBeInstanceOf(EventStoreUnavailableError);
    expect(translateSqliteError(driverError('SQLITE_IOERR_WRITE', 'disk I/O error'))).toBeInstanceOf(EventStoreUnavailableError);
  });

  it('names a duplicate event id, and passes errors that are not the driver’s through', () => {
    const event = { eventId: 'e-1', type: 't', data: new Uint8Array(), metadata: {} } as never;
    expect(translateSqliteError(driverError('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed: events.event_id'), { streamName: 's', event })).toBeInstanceOf(DuplicateEventIdError);
    const own = new TypeError('x');
    expect(translateSqliteError(own)).toBe(own);
  });
});
