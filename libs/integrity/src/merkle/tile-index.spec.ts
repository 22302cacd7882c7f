import { encodeTileIndex, parseTileIndex } from './tile-index.js';
import { TileFormatError } from './tile-format-error.js';

describe('tile indexes (C2SP tlog-tiles "Merkle Tree": <N>)', () => {
  it.each([
    [1234067, 'x001/x234/067'], // the spec's own example
    [0, '000'],
    [5, '005'],
    [999, '999'],
    [1000, 'x001/000'],
    [1001, 'x001/001'],
    [999_999, 'x999/999'],
    [1_000_000, 'x001/x000/000'],
    [Number.MAX_SAFE_INTEGER, 'x009/x007/x199/x254/x740/991'],
  ])('writes %i as %s and reads it back', (n, path) => {
    expect(encodeTileIndex(n)).toBe(path);
    expect(parseTileIndex(path)).toBe(n);
  });

  it('round-trips every index of the first 3,000 and a spread of large ones', () => {
    const large = Array.from({ length: 200 }, (_, i) => Math.floor((Number.MAX_SAFE_INTEGER / 200) * i) + i);
    for (const n of [...Array(3000).keys(), ...large]) expect(parseTileIndex(encodeTileIndex(n))).toBe(n);
  });

  it.each([
    ['empty', ''],
    ['too few digits', '05'],
    ['too many digits', '0005'],
    ['an x on the last element', 'x005'],
    ['no x on an inner element', '001/234'],
    ['a leading all-zero element', 'x000/005'],
    ['a short inner element', 'x01/234'],
    ['an upper-case X', 'X001/000'],
    ['an empty element', 'x001//000'],
    ['a leading slash', '/000'],
    ['a trailing slash', '000/'],
    ['a sign', '+05'],
    ['a letter', '00a'],
    ['spaces', ' 05'],
    ['non-ASCII digits', '٠٠٥'],
    ['a value above 2^53 − 1', 'x009/x007/x199/x254/x740/992'],
    ['a value far above 2^53 − 1', 'x999/x999/x999/x999/x999/x999/999'],
  ])('refuses %s (%j)', (_what, path) => {
    expect(() => parseTileIndex(path)).toThrow(TileFormatError);
  });

  it.each([-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN])('refuses to encode %d', (n) => {
    expect(() => encodeTileIndex(n)).toThrow(RangeError);
  });
});
