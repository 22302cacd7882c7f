import type Database from 'better-sqlite3';
import type { RecordedEventData } from '../recorded-event.js';
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
  /**
   * Events of a stream with revision >= fromRevision and > afterRevision: the port's
   * RecordedEventData but for `metadata`, its stored text (`data` a Buffer of the stored bytes).
   * See sqlite-stream-data.ts.
   */
  readDataForwards: Database.Statement<DataRangeParams, DataRow>;
  /** The same range as one row: every event's bytes in one BLOB, and what splits it. */
  readDataChunk: Database.Statement<DataRangeParams, DataChunkRow>;
  readAfterPosition: Database.Statement<[afterPosition: number, limit: number], EventRow>;
  headPosition: Database.Statement<[], number>;
  findByIdempotencyKey: Database.Statement<[streamName: string, idempotencyKey: string], EventRow>;
}

/** A row of readDataForwards. */
export type DataRow = Omit<RecordedEventData, 'metadata'> & { metadata: string };

type DataRangeParams = [streamName: string, fromRevision: number, afterRevision: number, limit: number];

/**
 * A run of events read as one row: comma-separated lists and the events' bytes, concatenated.
 * One aggregate pass feeds every list, so they list the events in the same order. All null
 * (and count 0) for an empty run.
 */
export interface DataChunkRow {
  count: number;
  revisions: string | null;
  positions: string | null;
  eventIds: string | null;
  byteLengths: string | null;
  data: Buffer | null;
  /** The envelopes' bytes, split the same way (`type`, then `metadata`). */
  typeLengths: string | null;
  types: Buffer | null;
  metadataLengths: string | null;
  metadata: Buffer | null;
}

const COLUMNS = 'position, stream_name, revision, event_id, type, data, metadata, idempotency_key';
const DATA_RANGE = 'FROM events WHERE stream_name = ? AND revision >= ? AND revision > ? ORDER BY revision ASC LIMIT ?';

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
    // As a BLOB the driver hands over the stored bytes (UTF-8: the database's encoding) without
    // decoding them into a string: faster, and bytes that are not UTF-8 stay visible. length()
    // of a BLOB counts bytes (of TEXT, characters up to a NUL), and group_concat appends a
    // value's bytes as they are, so `byteLengths` splits `data` exactly.
    readDataForwards: db.prepare(`SELECT revision, position, event_id AS eventId, CAST(data AS BLOB) AS data, type, metadata ${DATA_RANGE}`),
    readDataChunk: db.prepare(
      `SELECT count(*) AS count, group_concat(revision) AS revisions, group_concat(position) AS positions,
              group_concat(event_id) AS eventIds, group_concat(length(CAST(data AS BLOB))) AS byteLengths,
              CAST(group_concat(data, '') AS BLOB) AS data,
              group_concat(length(CAST(type AS BLOB))) AS typeLengths, CAST(group_concat(type, '') AS BLOB) AS types,
              group_concat(length(CAST(metadata AS BLOB))) AS metadataLengths, CAST(group_concat(metadata, '') AS BLOB) AS metadata
       FROM (SELECT revision, position, event_id, data, type, metadata ${DATA_RANGE})`,
    ),
    readAfterPosition: db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`),
    headPosition: db.prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM events').pluck(),
    findByIdempotencyKey: db.prepare(
      `SELECT ${COLUMNS} FROM events WHERE stream_name = ? AND idempotency_key = ?`,
    ),
  };
}
