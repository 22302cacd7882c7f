import { createHash } from 'node:crypto';
import { encodeEntryBundle, parseEntryBundle } from './entry-bundle.js';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { hashLeaf } from './merkle-hash.js';
import { nodeHashFromTile } from './node-hash-from-tile.js';
import { TILE_HEIGHT, TILE_WIDTH, tileOfNode, tileWidth } from './tile-geometry.js';
import { TileFormatError } from './tile-format-error.js';
import { tileHashes } from './tile-hashes.js';

const SIZE = 70_000;
const data = Array.from({ length: SIZE }, (_, i) => createHash('sha256').update(`record ${i}`).digest());
const reader = new LeafHashesNodeReader(data.map(hashLeaf));
/** Tile (L, N) of the 70,000-leaf tree, built from its definition: the nodes at tree level 8·L. */
const tiles = new Map<string, Buffer>();
const tileBytes = (tileLevel: number, tileIndex: number) => {
  const key = `${tileLevel}/${tileIndex}`;
  const width = tileWidth(tileLevel, tileIndex, SIZE);
  if (!tiles.has(key)) tiles.set(key, Buffer.concat(Array.from({ length: width }, (_, i) => reader.nodeHash(TILE_HEIGHT * tileLevel, tileIndex * TILE_WIDTH + i))));
  return tiles.get(key)!;
};

describe('tile geometry (C2SP tlog-tiles, tile height 8)', () => {
  it('has tiles 8 levels high and 256 hashes wide', () => {
    expect([TILE_HEIGHT, TILE_WIDTH]).toEqual([8, 256]);
  });

  it('gives the widths of the spec\'s example: 70,000 leaves make 273 full level 0 tiles, one of 112, one full level 1 tile, one of 17, one level 2 tile of 1', () => {
    const widths = (level: number) => Array.from({ length: 276 }, (_, n) => tileWidth(level, n, SIZE)).filter((w) => w > 0);
    expect(widths(0)).toEqual([...Array(273).fill(256), 112]);
    expect(widths(1)).toEqual([256, 17]);
    expect(widths(2)).toEqual([1]);
    expect(widths(3)).toEqual([]);
  });

  it('gives the widths of the spec\'s other example: 256 leaves make a full level 0 tile and a level 1 tile of width 1', () => {
    expect([tileWidth(0, 0, 256), tileWidth(0, 1, 256), tileWidth(1, 0, 256), tileWidth(2, 0, 256)]).toEqual([256, 0, 1, 0]);
  });

  it.each([
    [0, 0, { tileLevel: 0, tileIndex: 0, firstStored: 0, count: 1 }],
    [0, 69_999, { tileLevel: 0, tileIndex: 273, firstStored: 111, count: 1 }],
    [3, 10, { tileLevel: 0, tileIndex: 0, firstStored: 80, count: 8 }],
    [7, 1, { tileLevel: 0, tileIndex: 0, firstStored: 128, count: 128 }],
    [8, 0, { tileLevel: 1, tileIndex: 0, firstStored: 0, count: 1 }],
    [8, 260, { tileLevel: 1, tileIndex: 1, firstStored: 4, count: 1 }],
    [12, 5, { tileLevel: 1, tileIndex: 0, firstStored: 80, count: 16 }],
    [16, 0, { tileLevel: 2, tileIndex: 0, firstStored: 0, count: 1 }],
    [17, 3, { tileLevel: 2, tileIndex: 0, firstStored: 6, count: 2 }],
  ])('finds node (%i, %i) in %j', (level, index, slot) => {
    expect(tileOfNode(level, index)).toEqual(slot);
  });

  it('computes 1,000 random nodes of the 70,000-leaf tree from their tiles as the reader does', () => {
    let seed = 42;
    const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % below);
    for (let i = 0; i < 1000; i++) {
      const level = random(17); // levels 0..16: nodes of every tile level this tree has
      const index = random(Math.floor(SIZE / 2 ** level));
      const { tileLevel, tileIndex } = tileOfNode(level, index);
      const tile = tileBytes(tileLevel, tileIndex);
      const expected = reader.nodeHash(level, index);
      expect(nodeHashFromTile(tile, level, index).equals(expected)).toBe(true);
      expect(nodeHashFromTile(tileHashes(tile), level, index).equals(expected)).toBe(true);
    }
  });

  it('refuses a node its partial tile does not cover', () => {
    // Tile (0, 273) has 112 hashes: node (4, 4375) would need hashes 112..127.
    expect(() => nodeHashFromTile(tileBytes(0, 273), 4, 4375)).toThrow(RangeError);
  });

  it.each([
    ['no bytes', Buffer.alloc(0)],
    ['a length that is not a multiple of 32', Buffer.alloc(33)],
    ['257 hashes', Buffer.alloc(257 * 32)],
  ])('refuses a tile of %s', (_what, bytes) => {
    expect(() => tileHashes(bytes)).toThrow(TileFormatError);
    expect(() => nodeHashFromTile(bytes, 0, 0)).toThrow(TileFormatError);
  });

  it('pairs each entry of a bundle with the leaf hash in the level 0 tile (entries hash per RFC 6962 §2.1)', () => {
    const bundle = parseEntryBundle(encodeEntryBundle(data.slice(273 * 256)));
    expect(Buffer.concat(bundle.map(hashLeaf)).equals(tileBytes(0, 273))).toBe(true);
  });

  it.each([
    [-1, 0, 0],
    [64, 0, 0],
    [0, -1, 0],
    [0, 0, 2 ** 53],
  ])('refuses tileWidth(%d, %d, %d)', (level, index, size) => {
    expect(() => tileWidth(level, index, size)).toThrow(RangeError);
  });
});
