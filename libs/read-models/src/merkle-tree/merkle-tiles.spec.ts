import type { RecordedEvent } from '#event-store';
import { encodeEntryBundle, hashLeaf, LeafHashesNodeReader, merkleRoot, verifyConsistency, verifyInclusion } from '#integrity';
import { ReadStore } from '../projector/read-store.js';
import { auditRecord, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { expectedTiles, leafDataOf, storedTiles } from '../testing/merkle-fixtures.js';
import { MerkleTiles } from './merkle-tiles.js';

describe('MerkleTiles', () => {
  let readStore: ReadStore;
  let tiles: MerkleTiles;
  let position: number;
  beforeEach(() => {
    readStore = ReadStore.open(':memory:');
    tiles = new MerkleTiles(readStore);
    readStore.register([tiles]);
    position = 0;
  });
  afterEach(() => readStore.close());

  /** Records from..to of a ledger, as the store delivers them. */
  const records = (ledgerId: string, from: number, to: number): RecordedEvent[] =>
    Array.from({ length: to - from + 1 }, (_, i) => toRecordedEvent(auditRecord(ledgerId, from + i), ++position));
  /** One projector batch: applyBatch inside a transaction. */
  const fold = (events: readonly RecordedEvent[], into = tiles) => readStore.db.transaction(() => into.applyBatch(readStore.db, events))();
  /** The leaf data of records 1..size (auditRecord's hashes depend only on the sequence). */
  const leavesOf = (ledgerId: string, size: number) => leafDataOf(Array.from({ length: size }, (_, i) => auditRecord(ledgerId, i + 1).hash));
  const rootFromLeaves = (ledgerId: string, size: number) => merkleRoot(size, new LeafHashesNodeReader(leavesOf(ledgerId, size).map((d) => hashLeaf(d))));

  const expectTreeOf = (ledgerId: string, size: number) => {
    expect(tiles.treeSize(ledgerId)).toBe(size);
    expect(tiles.root(ledgerId, size).equals(rootFromLeaves(ledgerId, size))).toBe(true);
    expect(storedTiles(readStore.db, tiles.tables, ledgerId)).toEqual(expectedTiles(leavesOf(ledgerId, size)));
  };

  describe('given no records', () => {
    it('has an empty tree, whose root is SHA-256 of nothing', () => {
      expect(tiles.treeSize('acme')).toBe(0);
      expect(tiles.root('acme', 0).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(tiles.hashTile('acme', 0, 0, 1)).toBeUndefined();
    });
  });

  describe('when records arrive in batches of 1, 7, 255, 256, 257 and 1000', () => {
    it('keeps, after every batch, the root and every tile of the tree computed from the leaves', () => {
      let size = 0;
      for (const count of [1, 7, 255, 256, 257, 1000]) {
        fold(records('acme', size + 1, size + count));
        size += count;
        expectTreeOf('acme', size);
      }
      expect(size).toBe(1776);
    });

    it('keeps them at every size when records arrive one by one, across tile boundaries', () => {
      for (let size = 1; size <= 520; size++) {
        fold(records('acme', size, size));
        expectTreeOf('acme', size);
      }
    });

    it('answers roots and proofs at every older size from the same tiles', () => {
      for (const [from, to] of [[1, 1], [2, 8], [9, 263], [264, 519], [520, 776], [777, 1776]]) fold(records('acme', from!, to!));
      const leafHashes = leavesOf('acme', 1776).map((d) => hashLeaf(d));
      const roots = [0, 1, 2, 3, 255, 256, 257, 511, 512, 513, 1000, 1775].map((size) => ({ size, root: tiles.root('acme', size) }));
      for (const { size, root } of roots) {
        expect(root.equals(merkleRoot(size, new LeafHashesNodeReader(leafHashes.slice(0, size))))).toBe(true);
        if (size === 0) continue;
        for (const index of new Set([0, size >> 1, size - 1])) {
          expect(verifyInclusion(index, size, tiles.leafHash('acme', index), tiles.inclusionProof('acme', index, size), root)).toBe(true);
        }
        for (const later of roots.filter((r) => r.size >= size)) {
          expect(verifyConsistency(size, later.size, root, later.root, tiles.consistencyProof('acme', size, later.size))).toBe(true);
        }
      }
    });
  });

  describe('when several ledgers interleave in one batch', () => {
    it('keeps one tree per ledger', () => {
      const batch: RecordedEvent[] = [];
      for (let sequence = 1; sequence <= 600; sequence++) {
        batch.push(toRecordedEvent(auditRecord('acme', sequence), ++position));
        if (sequence % 3 === 0) batch.push(toRecordedEvent(auditRecord('globex', sequence / 3), ++position));
      }
      fold(batch);
      expectTreeOf('acme', 600);
      expectTreeOf('globex', 200);
    });
  });

  describe('when records are delivered again', () => {
    it('changes nothing for a whole old batch, and appends only the new part of an overlapping one', () => {
      fold(records('acme', 1, 300));
      const before = storedTiles(readStore.db, tiles.tables, 'acme');
      fold(records('acme', 100, 300));
      expect(storedTiles(readStore.db, tiles.tables, 'acme')).toEqual(before);
      fold([...records('acme', 250, 310), ...records('acme', 305, 312)]);
      expectTreeOf('acme', 312);
    });
  });

  describe('when a record is missing', () => {
    it('throws, writes nothing, and folds on once the missing record arrives', () => {
      fold([...records('globex', 1, 3), ...records('acme', 1, 5)]);
      expect(() => fold([...records('globex', 4, 4), ...records('acme', 7, 7)])).toThrow(/acme: record 7 .* follows record 5/);
      expectTreeOf('globex', 3);
      expectTreeOf('acme', 5);
      fold(records('acme', 6, 9));
      expectTreeOf('acme', 9);
    });
  });

  describe('when a batch rolls back after the tiles were appended', () => {
    it('folds the retried batch from the stored tiles, not from its memory of the lost one', () => {
      fold(records('acme', 1, 700));
      const retried = records('acme', 701, 900);
      expect(() =>
        readStore.db.transaction(() => {
          tiles.applyBatch(readStore.db, retried);
          throw new Error('another projection failed');
        })(),
      ).toThrow('another projection failed');
      expectTreeOf('acme', 700);
      fold(retried);
      expectTreeOf('acme', 900);
    });
  });

  describe('when another instance resumes the stored tree', () => {
    it('continues it from the stored tiles alone', () => {
      fold(records('acme', 1, 65_793));
      const resumed = new MerkleTiles(readStore);
      fold(records('acme', 65_794, 66_100), resumed);
      expectTreeOf('acme', 66_100);
    });
  });

  it('ignores events outside ledger streams, and ledger events that are not records', () => {
    const [record] = records('acme', 1, 1);
    fold([{ ...record!, streamName: 'limit-l1' }, { ...record!, data: { note: 'no sequence' } }, { ...record!, unreadable: true, data: {} }]);
    expect(tiles.treeSize('acme')).toBe(0);
    expect(storedTiles(readStore.db, tiles.tables, 'acme')).toEqual([]);
  });

  it('refuses a record whose hash is not 64 lowercase hex digits', () => {
    const [record] = records('acme', 1, 1);
    expect(() => fold([{ ...record!, data: { ...record!.data, hash: 'ABC' } }])).toThrow(/record 1 of ledger acme .* malformed hash/);
  });

  describe('serving tiles', () => {
    beforeEach(() => fold(records('acme', 1, 300)));

    it('serves a full tile only without a width, and any prefix of a partial one with it', () => {
      const [full, partial] = expectedTiles(leavesOf('acme', 300)).map((row) => Buffer.from(row.hex, 'hex'));
      expect(tiles.hashTile('acme', 0, 0)).toEqual(full!);
      expect(tiles.hashTile('acme', 0, 0, 10)).toEqual(full!.subarray(0, 320));
      expect(tiles.hashTile('acme', 0, 1)).toBeUndefined();
      expect(tiles.hashTile('acme', 0, 1, 44)).toEqual(partial!);
      expect(tiles.hashTile('acme', 0, 1, 45)).toBeUndefined();
      expect(tiles.hashTile('acme', 1, 0, 1)).toHaveLength(32);
      expect(tiles.hashTile('acme', 0, 2, 1)).toBeUndefined();
      expect(() => tiles.hashTile('acme', 0, 0, 257)).toThrow(RangeError);
      expect(() => tiles.hashTile('acme', 64, 0)).toThrow(RangeError);
    });

    it('serves entry bundles of the records’ hashes, with the same width rules', () => {
      const leaves = leavesOf('acme', 300);
      expect(tiles.entryBundle('acme', 0)).toEqual(encodeEntryBundle(leaves.slice(0, 256)));
      expect(tiles.entryBundle('acme', 1)).toBeUndefined();
      expect(tiles.entryBundle('acme', 1, 44)).toEqual(encodeEntryBundle(leaves.slice(256, 300)));
      expect(tiles.entryBundle('acme', 1, 3)).toEqual(encodeEntryBundle(leaves.slice(256, 259)));
      expect(tiles.entryBundle('acme', 1, 45)).toBeUndefined();
    });

    it('refuses sizes and leaves past the stored tree', () => {
      expect(() => tiles.root('acme', 301)).toThrow(RangeError);
      expect(() => tiles.inclusionProof('acme', 0, 301)).toThrow(RangeError);
      expect(() => tiles.consistencyProof('acme', 10, 301)).toThrow(RangeError);
      expect(() => tiles.leafHash('acme', 300)).toThrow(RangeError);
      expect(() => tiles.reader('acme').nodeHash(0, 300)).toThrow(/node \(0, 300\) is not in the stored tree of ledger acme/);
    });
  });
});
