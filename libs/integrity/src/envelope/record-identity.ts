import { Buffer } from 'node:buffer';
import { parseStoredJsonObject } from '../stored-json-object.js';

/** The members of a record its store envelope repeats outside the hash: the event id and type. */
export interface RecordIdentity {
  eventId: unknown;
  eventType: unknown;
}

const EVENT_ID = Buffer.from('"eventId":"', 'latin1');
/** In RFC 8785 order no member sorts between `eventId` and `eventType`, so the one follows the other. */
const EVENT_TYPE = Buffer.from('","eventType":"', 'latin1');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The top-level `eventId` and `eventType` of a record's stored bytes (undefined members where the
 * record lacks them), or undefined when the bytes are not the UTF-8 text of a JSON object.
 *
 * Fast path (no decoding or parsing): the bytes spell `"eventId":"…","eventType":"…"` once, both
 * values short ASCII without escapes — how every record the writer seals reads (RFC 8785 order). Any other
 * bytes are parsed. The fast path reads a nested pair as the record's own only in a record that
 * lacks a top-level `eventId`, which no writer seals: such a forgery breaks the read models'
 * copy of the record (the scrubber's check) and the signed checkpoints either way.
 * Never throws; `bytes` is only read.
 */
export function readRecordIdentity(bytes: Uint8Array): RecordIdentity | undefined {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return fromLayout(b) ?? byParsing(b);
}

function fromLayout(b: Buffer): RecordIdentity | undefined {
  const at = b.indexOf(EVENT_ID);
  if (at < 0) return undefined;
  const idStart = at + EVENT_ID.length;
  const idEnd = closingQuote(b, idStart);
  if (idEnd < 0 || b.compare(EVENT_TYPE, 0, EVENT_TYPE.length, idEnd, idEnd + EVENT_TYPE.length) !== 0) return undefined;
  const typeStart = idEnd + EVENT_TYPE.length;
  const typeEnd = closingQuote(b, typeStart);
  // A second pair (nested, before or after) leaves the choice to the parser.
  if (typeEnd < 0 || b.indexOf(EVENT_ID, typeEnd) >= 0) return undefined;
  return { eventId: b.toString('latin1', idStart, idEnd), eventType: b.toString('latin1', typeStart, typeEnd) };
}

/**
 * The offset of the quote that ends the string starting at `start`, or -1 when it holds an escape
 * or a byte outside ASCII (event ids and types are short ASCII; anything else goes to the parser).
 */
function closingQuote(b: Buffer, start: number): number {
  for (let i = start; i < b.length; i++) {
    const byte = b[i]!;
    if (byte === QUOTE) return i;
    if (byte === BACKSLASH || byte >= 0x80) return -1;
  }
  return -1;
}

function byParsing(b: Buffer): RecordIdentity | undefined {
  const record = parseStoredJsonObject(b);
  return record && { eventId: record['eventId'], eventType: record['eventType'] };
}
