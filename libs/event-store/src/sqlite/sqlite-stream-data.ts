import type { RecordedEventData } from '../recorded-event.js';
import { parseStoredObject } from './sqlite-event-row.js';
import type { DataChunkRow, DataRow, LogStatements } from './sqlite-statements.js';

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
    if ((error as { code?: unknown }).code === 'SQLITE_TOOBIG') return readRowByRow(statements, range);
    throw error;
  }
  if (row.count === 0) return [];
  return split(row) ?? readRowByRow(statements, range);
}

function readRowByRow(statements: LogStatements, range: [string, number, number, number]): RecordedEventData[] {
  return statements.readDataForwards.all(...range).map((row: DataRow) => ({ ...row, metadata: parseStoredObject(row.metadata) }));
}

/** The chunk's events, or undefined unless it lists `count` events in ascending revisions whose lengths add up. */
function split(row: DataChunkRow): RecordedEventData[] | undefined {
  const { count, data } = row;
  const lists = [row.revisions, row.positions, row.eventIds, row.byteLengths, row.typeLengths, row.metadataLengths].map((list) => list?.split(','));
  if (!data || !row.types || !row.metadata || lists.some((list) => list?.length !== count)) return undefined;
  const [revisions, positions, eventIds, byteLengths, typeLengths, metadataLengths] = lists as string[][];
  const datas = new Slicer(data);
  const types = new Slicer(row.types);
  const metadatas = new Slicer(row.metadata);
  const events = new Array<RecordedEventData>(count);
  let previous = -Infinity;
  for (let i = 0; i < count; i++) {
    const revision = Number(revisions[i]);
    const position = Number(positions[i]);
    const valid = Number.isSafeInteger(revision) && revision > previous && Number.isSafeInteger(position);
    const bytes = datas.next(byteLengths[i]!);
    const type = types.next(typeLengths[i]!);
    const metadata = metadatas.next(metadataLengths[i]!);
    if (!valid || !bytes || !type || !metadata) return undefined;
    events[i] = { revision, position, eventId: eventIds[i]!, data: bytes, type: type.toString('utf8'), metadata: parseStoredObject(metadata.toString('utf8')) };
    previous = revision;
  }
  return datas.done() && types.done() && metadatas.done() ? events : undefined;
}

/** Cuts consecutive values out of one concatenated BLOB by their listed byte lengths. */
class Slicer {
  private offset = 0;
  constructor(private readonly bytes: Buffer) {}

  /** The next `length` bytes, or undefined when the length is not a count or runs past the end. */
  next(length: string): Buffer | undefined {
    const n = Number(length);
    if (!Number.isSafeInteger(n) || n < 0 || this.offset + n > this.bytes.length) return undefined;
    const slice = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return slice;
  }

  done(): boolean {
    return this.offset === this.bytes.length;
  }
}
