import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANY } from '#event-store';
import { SqliteEventStore } from '#event-store/sqlite';
import { hashLeaf, LeafHashesNodeReader, merkleRoot, verifyConsistency, verifyInclusion } from '#integrity';
import { toLedgerStreamName } from '#ledger-domain';
import { LEDGER_PROJECTION_CATALOG } from '../ledger-projections.js';
import { Projector } from '../projector/projector.js';
import { ReadStore } from '../projector/read-store.js';
import { ReadModels } from '../read-models.js';
import { rebuildProjections } from '../rebuild/rebuild-projection.js';
import { auditRecord, toEventToAppend } from '../testing/audit-event-fixtures.js';
import { expectedTiles, leafDataOf, storedTiles } from '../testing/merkle-fixtures.js';
import { dumpGeneration } from '../testing/table-dump.js';
import { MERKLE_TILES, MerkleTiles } from './merkle-tiles.js';

const LEDGERS = ['acme', 'globex', 'initech'];

describe('MerkleTiles over a real store and projector', () => {
  let dir: string;
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let projector: Projector;
  /** Records appended so far, by ledger (their hashes). */
  let hashes: Map<string, string[]>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'merkle-tiles-'));
    store = SqliteEventStore.open({ filename: ':memory:' });
    readStore = ReadStore.open(join(dir, 'read-models.db'));
    projector = new Projector(store, readStore, [new MerkleTiles(readStore)], { batchSize: 200 });
    hashes = new Map(LEDGERS.map((ledgerId) => [ledgerId, []]));
  });
  afterEach(async () => {
    await projector.stop();
    await store.close();
    readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Appends `total` records over the ledgers, in appends of 1 to 37 records to one ledger at a time. */
  async function append(total: number) {
    for (let i = 0, appended = 0; appended < total; i++) {
      const ledgerId = LEDGERS[i % LEDGERS.length]!;
      const ledger = hashes.get(ledgerId)!;
      const records = Array.from({ length: Math.min(1 + ((i * 13) % 37), total - appended) }, (_, j) => auditRecord(ledgerId, ledger.length + j + 1));
      await store.appendToStream(toLedgerStreamName(ledgerId), records.map(toEventToAppend), { expectedRevision: ANY });
      ledger.push(...records.map((record) => record.hash));
      appended += records.length;
    }
    return store.headPosition();
  }

  it('keeps every ledger’s tiles and root as computed from its records, served through a second connection', async () => {
    await projector.start();
    expect(await projector.waitForPosition(await append(3000), 10_000)).toBe(true);
    const queries = ReadStore.openForQueries(join(dir, 'read-models.db'));
    try {
      const tiles = new MerkleTiles(queries);
      for (const [ledgerId, ledger] of hashes) {
        const leaves = leafDataOf(ledger);
        const size = leaves.length;
        expect(size).toBeGreaterThan(900);
        expect(tiles.treeSize(ledgerId)).toBe(size);
        expect(storedTiles(queries.db, tiles.tables, ledgerId)).toEqual(expectedTiles(leaves));
        const root = tiles.root(ledgerId, size);
        expect(root.equals(merkleRoot(size, new LeafHashesNodeReader(leaves.map((d) => hashLeaf(d)))))).toBe(true);
        expect(verifyInclusion(617, size, hashLeaf(leaves[617]!), tiles.inclusionProof(ledgerId, 617, size), root)).toBe(true);
        expect(verifyConsistency(300, size, tiles.root(ledgerId, 300), root, tiles.consistencyProof(ledgerId, 300, size))).toBe(true);
      }
    } finally {
      queries.close();
    }
  });

  it('rebuilds into generation 1 byte for byte, and the read models follow the swap', async () => {
    await projector.start();
    expect(await projector.waitForPosition(await append(3000), 10_000)).toBe(true);
    await projector.stop();
    const entry = LEDGER_PROJECTION_CATALOG.find((candidate) => candidate.name === MERKLE_TILES)!;
    await rebuildProjections({ store, readStore, entries: [entry], pageSize: 700 });
    const rebuilt = dumpGeneration(readStore.db, 1);
    expect(Object.keys(rebuilt).sort()).toEqual(['merkle_entry_bundles', 'merkle_tiles', 'merkle_tree_sizes']);
    expect(rebuilt).toEqual(dumpGeneration(readStore.db, 0));
    const readModels = new ReadModels(readStore);
    expect(readModels.merkleTiles.name).toBe('merkle-tiles@g1');
    expect(readModels.merkleTiles.treeSize('globex')).toBe(hashes.get('globex')!.length);
  });
});
