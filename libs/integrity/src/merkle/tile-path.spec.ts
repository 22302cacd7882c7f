import { parseTilePath, tilePath, type TileRef } from './tile-path.js';

describe('tile paths (C2SP tlog-tiles: tile/<L>/<N>[.p/<W>] and tile/entries/<N>[.p/<W>])', () => {
  it.each<[TileRef, string]>([
    [{ kind: 'hash', level: 0, index: 1234067 }, 'tile/0/x001/x234/067'],
    [{ kind: 'hash', level: 0, index: 273, width: 112 }, 'tile/0/273.p/112'], // the spec's 70,000-leaf example
    [{ kind: 'hash', level: 1, index: 1, width: 17 }, 'tile/1/001.p/17'],
    [{ kind: 'hash', level: 2, index: 0, width: 1 }, 'tile/2/000.p/1'],
    [{ kind: 'hash', level: 63, index: 0, width: 255 }, 'tile/63/000.p/255'],
    [{ kind: 'entries', index: 1234067 }, 'tile/entries/x001/x234/067'],
    [{ kind: 'entries', index: 273, width: 112 }, 'tile/entries/273.p/112'],
  ])('names %j %s, and parses it back', (ref, path) => {
    expect(tilePath(ref)).toBe(path);
    expect(parseTilePath(path)).toEqual(ref);
  });

  it('writes a width of 256 as the full tile, without .p/', () => {
    expect(tilePath({ kind: 'hash', level: 3, index: 7, width: 256 })).toBe('tile/3/007');
    expect(tilePath({ kind: 'entries', index: 7, width: 256 })).toBe('tile/entries/007');
  });

  it.each([
    'tile/00/000',
    'tile/01/000',
    'tile/64/000',
    'tile/-1/000',
    'tile/1e1/000',
    'tile/data/000',
    'tile/0/x000/001',
    'tile/0/1',
    'tile/0/000.p/256',
    'tile/0/000.p/0',
    'tile/0/000.p/012',
    'tile/0/000.p/',
    'tile/0/000.p',
    'tile/0/000.P/5',
    'tile/0/000.p/5/6',
    'tile/entries/000.p/256',
    'tile/entries',
    'tile/0',
    'tile/0/',
    '/tile/0/000',
    'tile/0/000/',
    'tiles/0/000',
    'https://log.example/tile/0/000',
    'tile/0/000?x=1',
  ])('refuses the non-canonical path %s', (path) => {
    expect(parseTilePath(path)).toBeNull();
  });

  it.each<[string, TileRef]>([
    ['a level of 64', { kind: 'hash', level: 64, index: 0 }],
    ['a width of 0', { kind: 'hash', level: 0, index: 0, width: 0 }],
    ['a width of 257', { kind: 'entries', index: 0, width: 257 }],
    ['a negative index', { kind: 'entries', index: -1 }],
  ])('refuses to name a tile with %s', (_what, ref) => {
    expect(() => tilePath(ref)).toThrow(RangeError);
  });
});
