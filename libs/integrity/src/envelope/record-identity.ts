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
 * values without escapes — how every record the writer seals reads (RFC 8785 order). Any other
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
  if (at < 0 || b.indexOf(EVENT_ID, at + 1) >= 0) return undefined;
  const idStart = at + EVENT_ID.length;
  const idEnd = b.indexOf(QUOTE, idStart);
  if (idEnd < 0 || b.compare(EVENT_TYPE, 0, EVENT_TYPE.length, idEnd, idEnd + EVENT_TYPE.length) !== 0) return undefined;
  const typeStart = idEnd + EVENT_TYPE.length;
  const typeEnd = b.indexOf(QUOTE, typeStart);
  if (typeEnd < 0 || hasEscape(b, idStart, idEnd) || hasEscape(b, typeStart, typeEnd)) return undefined;
  return { eventId: b.toString('utf8', idStart, idEnd), eventType: b.toString('utf8', typeStart, typeEnd) };
}

function hasEscape(b: Buffer, start: number, end: number): boolean {
  const slash = b.indexOf(BACKSLASH, start);
  return slash >= 0 && slash < end;
}

function byParsing(b: Buffer): RecordIdentity | undefined {
  const record = parseStoredJsonObject(b);
  return record && { eventId: record['eventId'], eventType: record['eventType'] };
}
