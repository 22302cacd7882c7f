import type { RecordedEventData } from '../recorded-event.js';
import type { DataChunkRow, LogStatements } from './sqlite-statements.js';

/**
 * Events per chunk: ~650 KB of BLOB for 1.3 KB records. SQLite refuses a value over 1 GB, which
 * only records of 2 MB on average would reach; such a chunk is read row by row.
 */
const CHUNK = 500;

/**
 * The events of `streamName` with revision >= `fromRevision`, in revision order, at most `limit`
 * (-1: all), each with exactly its stored data bytes. Throws the driver's errors.
 *
 * Why chunks: better-sqlite3 gives every BLOB value its own Buffer and ArrayBuffer, which costs
 * ~2 µs for a 1.3 KB record, twice what SQLite needs to read the row. So events are read CHUNK at
 * a time as one row (readDataChunk): all their bytes in one BLOB, each event's `data` a view into
 * it. That row lists the events in the subquery's revision order in practice, though SQL does not
 * promise it, and an event id could hold the separator: a chunk whose lists do not check out is
 * read again row by row (readDataForwards), which gives the same events.
 */
export function readStreamDataChunked(statements: LogStatements, streamName: string, fromRevision: number, limit: number): RecordedEventData[] {
  const events: RecordedEventData[] = [];
  // Later chunks continue after the last revision read; `> fromRevision - 1` adds nothing to `>= fromRevision`.
  let afterRevision = fromRevision - 1;
  while (limit < 0 || events.length < limit) {
    const wanted = limit < 0 ? CHUNK : Math.min(CHUNK, limit - events.length);
    const chunk = readChunk(statements, streamName, fromRevision, afterRevision, wanted);
    for (const event of chunk) events.push(event);
    if (chunk.length < wanted) break;
    afterRevision = chunk[chunk.length - 1]!.revision;
  }
  return events;
}

function readChunk(statements: LogStatements, ...range: [string, number, number, number]): RecordedEventData[] {
  let row: DataChunkRow;
  try {
    row = statements.readDataChunk.get(...range)!;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_TOOBIG') return statements.readDataForwards.all(...range);
    throw error;
  }
  if (row.count === 0) return [];
  return split(row) ?? statements.readDataForwards.all(...range);
}

/** The chunk's events, or undefined unless it lists `count` events in ascending revisions whose lengths add up. */
function split(row: DataChunkRow): RecordedEventData[] | undefined {
  const { count, data } = row;
  const [revisions, positions, eventIds, byteLengths] = [row.revisions, row.positions, row.eventIds, row.byteLengths].map((list) => list?.split(','));
  if (!data || revisions?.length !== count || positions?.length !== count || eventIds?.length !== count || byteLengths?.length !== count) {
    return undefined;
  }
  const events = new Array<RecordedEventData>(count);
  let offset = 0;
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    const revision = Number(revisions[i]);
    const position = Number(positions[i]);
    const length = Number(byteLengths[i]);
    const valid = Number.isSafeInteger(revision) && revision > previous && Number.isSafeInteger(position) && Number.isSafeInteger(length);
    if (!valid || length < 0 || offset + length > data.length) return undefined;
    events[i] = { revision, position, eventId: eventIds[i]!, data: data.subarray(offset, offset + length) };
    offset += length;
    previous = revision;
  }
  return offset === data.length ? events : undefined;
}
