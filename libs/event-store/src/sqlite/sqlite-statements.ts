import type Database from 'better-sqlite3';
import type { EventRow } from './sqlite-event-row.js';

type InsertParams = [
  streamName: string,
  revision: number,
  eventId: string,
  type: string,
  data: string,
  metadata: string,
  idempotencyKey: string | null,
];

/** Every statement the store runs, prepared once per connection. */
export interface LogStatements {
  /** Last revision of a stream, or null when it has no event. */
  tailRevision: Database.Statement<[streamName: string], number | null>;
  insert: Database.Statement<InsertParams>;
  /** LIMIT -1 reads to the end. */
  readForwards: Database.Statement<[streamName: string, fromRevision: number, limit: number], EventRow>;
  readBackwards: Database.Statement<[streamName: string, fromRevision: number, limit: number], EventRow>;
  readDataForwards: Database.Statement<[streamName: string, fromRevision: number, limit: number], DataRow>;
  readAfterPosition: Database.Statement<[afterPosition: number, limit: number], EventRow>;
  headPosition: Database.Statement<[], number>;
  findByIdempotencyKey: Database.Statement<[streamName: string, idempotencyKey: string], EventRow>;
}

/** The columns readStreamData needs. */
export interface DataRow {
  revision: number;
  position: number;
  event_id: string;
  data: string;
}

const COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata, idempotency_key';

/** Prepares the store's statements on `db`, whose schema must be migrated (openLogDatabase). */
export function prepareLogStatements(db: Database.Database): LogStatements {
  return {
    tailRevision: db.prepare<[string], number | null>('SELECT MAX(revision) FROM events WHERE stream_name = ?').pluck(),
    insert: db.prepare<InsertParams>(
      `INSERT INTO events (stream_name, revision, event_id, type, data, metadata, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    readForwards: db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
    ),
    readBackwards: db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
    ),
    readDataForwards: db.prepare(
      `SELECT revision, position, event_id, data FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
    ),
    readAfterPosition: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
    headPosition: db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
    findByIdempotencyKey: db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND idempotency_key = ?`,
    ),
  };
}
