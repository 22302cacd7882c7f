import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openLedgerStorage } from './open-ledger-storage.js';
import { auditRecords, toEventToAppend } from '#read-models/testing';
import { NO_STREAM } from '#event-store';
import { toLedgerStreamName } from '#ledger-domain';

/**
 * The composition root with its real projection worker thread. A worker thread runs built
 * JavaScript, so the worker is the built one (`npm test` builds first); the rest runs from sources.
 */
const built = join(process.cwd(), 'dist/libs/read-models/src/projector/worker/projection-worker.main.js');
const describeBuilt = existsSync(built) ? describe : describe.skip;
if (!existsSync(built)) console.warn('open-ledger-storage.int-spec SKIPPED: dist/ is not built (run `npm run build`)');

describeBuilt('openLedgerStorage for the service (worker thread)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ledger-storage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const workerScript = pathToFileURL(built);
  const open = () => openLedgerStorage({ dataDir: join(dir, 'data'), store: 'sqlite', eventStoreConnectionString: undefined }, { kind: 'service', workerScript });

  it('creates every file under the data directory, where StorageLocation says', async () => {
    const storage = await open();
    expect(existsSync(storage.location.eventsFile)).toBe(true);
    expect(existsSync(storage.location.readModelsFile)).toBe(true);
    expect(storage.location.readModelsFile).toBe(join(dir, 'data', 'read-models.db'));
    await storage.close();
  }, 60_000);

  it('projects what the service appends: the commit hook wakes the worker, the read models answer', async () => {
    const storage = await open();
    const records = auditRecords('acme', 300);
    const result = await storage.store.appendToStream(toLedgerStreamName('acme'), records.map(toEventToAppend), { expectedRevision: NO_STREAM });
    expect(await storage.runner.waitForPosition(result.position, 5000)).toBe(true);
    expect(storage.readModels.ledgerHeads.get('acme')).toMatchObject({ length: 300, headHash: records[299]!.hash });
    await storage.close();
    expect(storage.runner.status().running).toBe(false);
  }, 60_000);

  it('brings the worker’s errors back as the service’s own error classes (by code)', async () => {
    const storage = await open();
    try {
      await expect(storage.runner.rebuild('no-such-projection')).rejects.toMatchObject({ code: 'LEDGER.PROJECTION_NOT_FOUND' });
      // Enough of a log that the first rebuild is still running when the second asks.
      const result = await storage.store.appendToStream(toLedgerStreamName('acme'), auditRecords('acme', 5000).map(toEventToAppend), { expectedRevision: NO_STREAM });
      await storage.runner.waitForPosition(result.position, 10_000);
      const first = storage.runner.rebuild('audit-event-index');
      const second = storage.runner.rebuild('audit-event-index');
      await expect(first).resolves.toMatchObject({ generation: 1 });
      await expect(second).rejects.toMatchObject({ code: 'LEDGER.REBUILD_IN_PROGRESS' });
    } finally {
      await storage.close();
    }
  }, 60_000);

  it('fails to open when the data directory cannot be made (a file is in the way)', async () => {
    writeFileSync(join(dir, 'data'), 'not a directory');
    const storage = openLedgerStorage({ dataDir: join(dir, 'data'), store: 'sqlite', eventStoreConnectionString: undefined }, { kind: 'service', workerScript });
    await expect(storage).rejects.toThrow();
  }, 60_000);
});
