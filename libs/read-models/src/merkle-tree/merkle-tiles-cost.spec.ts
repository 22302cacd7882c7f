import type { RecordedEvent } from '#event-store';
import { consistencyProof, inclusionProof, merkleRoot, verifyConsistency, verifyInclusion } from '#integrity';
import { AuditEventIndex } from '../audit-event-index/audit-event-index.js';
import type { Projection } from '../projector/projection.js';
import { ReadStore } from '../projector/read-store.js';
import { auditRecord, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { MerkleTiles } from './merkle-tiles.js';

/** Records 1..count of one ledger, as the store delivers them. */
const events = (ledgerId: string, count: number): RecordedEvent[] =>
  Array.from({ length: count }, (_, i) => toRecordedEvent(auditRecord(ledgerId, i + 1), i + 1));

/** Folds the events in projector batches of 1000; returns the seconds it took. */
function foldInBatches(readStore: ReadStore, projection: Projection, all: readonly RecordedEvent[]): number {
  // Under `node --expose-gc`, start from a clean heap: the garbage of making the events is not the fold's.
  (globalThis as { gc?: () => void }).gc?.();
  const started = process.hrtime.bigint();
  for (let at = 0; at < all.length; at += 1000) {
    const batch = all.slice(at, at + 1000);
    readStore.db.transaction(() => (projection.applyBatch ? projection.applyBatch(readStore.db, batch) : batch.forEach((e) => projection.apply(readStore.db, e))))();
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
}

describe('what MerkleTiles costs', () => {
  let readStore: ReadStore;
  let tiles: MerkleTiles;
  beforeEach(() => {
    readStore = ReadStore.open(':memory:');
    tiles = new MerkleTiles(readStore);
    readStore.register([tiles]);
  });
  afterEach(() => readStore.close());

  describe('given a tree of 70,000 leaves (three tile levels)', () => {
    const size = 70_000;
    const tileLevels = 3;
    beforeEach(() => foldInBatches(readStore, tiles, events('acme', size)));

    it('reads O(log n) distinct tiles for an inclusion proof and a consistency proof together', () => {
      const reads: number[] = [];
      for (const [index, fromSize, toSize] of [[0, 1, size], [12_345, 40_000, size], [69_999, 65_536, size], [33_333, 33_334, 69_000], [1, 257, 65_793]]) {
        const reader = tiles.reader('acme');
        const path = inclusionProof(index!, toSize!, reader);
        const proof = consistencyProof(fromSize!, toSize!, reader);
        expect(reader.tileReads).toBeLessThanOrEqual(3 * tileLevels + 2);
        reads.push(reader.tileReads);
        const root = tiles.root('acme', toSize!);
        expect(verifyInclusion(index!, toSize!, tiles.leafHash('acme', index!), path, root)).toBe(true);
        expect(verifyConsistency(fromSize!, toSize!, tiles.root('acme', fromSize!), root, proof)).toBe(true);
      }
      console.log(`distinct tiles read for an inclusion and a consistency proof over ${size} leaves: ${reads.join(', ')}`);
    });

    it('reads one tile per tile level for a root: the right edge lies in the partial tiles', () => {
      const reader = tiles.reader('acme');
      expect(merkleRoot(size, reader).equals(tiles.root('acme', size))).toBe(true);
      expect(reader.tileReads).toBe(tileLevels);
    });
  });

  it('folds 100,000 leaves (timed, reported, not asserted)', () => {
    const all = events('acme', 100_000);
    const seconds = foldInBatches(readStore, tiles, all);
    const index = new AuditEventIndex(readStore);
    readStore.register([index]);
    const indexSeconds = foldInBatches(readStore, index, all.slice(0, 20_000));
    console.log(
      `MerkleTiles folded 100,000 leaves in ${seconds.toFixed(3)} s (${Math.round(100_000 / seconds)} leaves/s); ` +
        `AuditEventIndex folded 20,000 of the same records in ${indexSeconds.toFixed(3)} s (${Math.round(20_000 / indexSeconds)} records/s)`,
    );
    expect(tiles.treeSize('acme')).toBe(100_000);
  });
});
