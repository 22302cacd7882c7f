import { TILE_WIDTH } from './tile-geometry.js';
import { TileFormatError } from './tile-format-error.js';

const MAX_ENTRY_LENGTH = 0xffff;

/**
 * An entry bundle's bytes (C2SP tlog-tiles "Log entries"): each entry as a big-endian uint16
 * length followed by its bytes. Our entries are the 32-byte leaf data (a record's hash).
 * @throws RangeError for no entries, over 256 (a bundle is at most a full tile), or an entry
 *   over 65,535 bytes.
 */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Buffer {
  if (entries.length === 0 || entries.length > TILE_WIDTH) throw new RangeError(`an entry bundle holds 1 to 256 entries, got ${entries.length}`);
  const parts: Buffer[] = [];
  for (const [i, entry] of entries.entries()) {
    if (entry.length > MAX_ENTRY_LENGTH) throw new RangeError(`entry ${i} has ${entry.length} bytes; a bundle entry has at most 65535`);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(entry.length);
    parts.push(length, Buffer.from(entry.buffer, entry.byteOffset, entry.byteLength));
  }
  return Buffer.concat(parts);
}

/**
 * The entries of an entry bundle, copied out of `bytes` (the inverse of encodeEntryBundle).
 * @throws TileFormatError for an empty bundle, a length prefix or entry cut short, or more than
 *   256 entries.
 */
export function parseEntryBundle(bytes: Uint8Array): Buffer[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: Buffer[] = [];
  for (let at = 0; at < data.length; ) {
    if (entries.length === TILE_WIDTH) throw new TileFormatError('an entry bundle holds at most 256 entries');
    if (at + 2 > data.length) throw new TileFormatError(`entry ${entries.length}: length prefix cut short at byte ${at}`);
    const length = data.readUInt16BE(at);
    if (at + 2 + length > data.length) throw new TileFormatError(`entry ${entries.length}: ${length} bytes announced, ${data.length - at - 2} left`);
    entries.push(Buffer.from(data.subarray(at + 2, at + 2 + length)));
    at += 2 + length;
  }
  if (entries.length === 0) throw new TileFormatError('an entry bundle holds at least one entry');
  return entries;
}
