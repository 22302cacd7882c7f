import { createHash } from 'node:crypto';
import { encodeEntryBundle, parseEntryBundle } from './entry-bundle.js';
import { TileFormatError } from './tile-format-error.js';

const entry = (i: number) => createHash('sha256').update(`record ${i}`).digest();

describe('entry bundles (C2SP tlog-tiles "Log entries": big-endian uint16 length-prefixed entries)', () => {
  it('writes each entry as its 2-byte big-endian length and its bytes', () => {
    // Written out by hand from the spec text: 00 20 ‖ 32 bytes, 00 00 (an empty entry), 01 00 ‖ 256 bytes.
    const bundle = encodeEntryBundle([entry(0), Buffer.alloc(0), Buffer.alloc(256, 7)]);
    expect(bundle.subarray(0, 2).toString('hex')).toBe('0020');
    expect(bundle.subarray(2, 34).equals(entry(0))).toBe(true);
    expect(bundle.subarray(34, 38).toString('hex')).toBe('00000100');
    expect(bundle.length).toBe(2 + 32 + 2 + 2 + 256);
  });

  it('parses back what it writes, for 1 to 256 entries', () => {
    for (const count of [1, 2, 112, 255, 256]) {
      const entries = Array.from({ length: count }, (_, i) => entry(i));
      const parsed = parseEntryBundle(encodeEntryBundle(entries));
      expect(parsed.map((e) => e.toString('hex'))).toEqual(entries.map((e) => e.toString('hex')));
    }
  });

  it('accepts an entry of the largest length, 65,535 bytes', () => {
    expect(parseEntryBundle(encodeEntryBundle([Buffer.alloc(0xffff, 1)]))[0]).toHaveLength(0xffff);
  });

  it.each([
    ['an empty bundle', Buffer.alloc(0)],
    ['a length prefix cut short', Buffer.from('00', 'hex')],
    ['an entry cut short', Buffer.from('0005010203', 'hex')],
    ['trailing garbage after the last entry', Buffer.from('000101ff', 'hex')],
    ['257 entries', Buffer.concat(Array.from({ length: 257 }, () => Buffer.from('000101', 'hex')))],
  ])('refuses %s', (_what, bytes) => {
    expect(() => parseEntryBundle(bytes)).toThrow(TileFormatError);
  });

  it.each([
    ['no entries', []],
    ['257 entries', Array.from({ length: 257 }, (_, i) => entry(i))],
    ['an entry of 65,536 bytes', [Buffer.alloc(0x10000)]],
  ])('refuses to write %s', (_what, entries) => {
    expect(() => encodeEntryBundle(entries)).toThrow(RangeError);
  });
});
