import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashLeaf, LeafHashesNodeReader, merkleRoot } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { transactionValidated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { runLedgerCli } from './support/ledger-cli.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { listAll, untilLedgerCaughtUp } from './support/ledger-reads.js';
import { appendValidations, bodyOf, checkpointOfSize, KEY } from './support/transparency-log.js';

const API_KEYS = [{ key: KEY, ledgerId: 'tl', scopes: ['audit:write', 'audit:read'] }];
const FAST = { LEDGER_CHECKPOINT_INTERVAL_MS: '100' };

interface StoredRow {
  revision: number;
  data: Buffer;
  metadata: string;
}

const describeOnSqlite = E2E_STORE === 'sqlite' ? describe : describe.skip;

/**
 * An operator restores an older backup of events.db (the service stopped): 300 records, while the
 * service had acknowledged — and signed a checkpoint over — 350. The service refuses the ledger;
 * `ledger recover` explains the gap and offers the two honest ways out.
 */
describeOnSqlite('restoring an older backup of the log, then recovering', () => {
  let ledger: LedgerProcess | undefined;
  afterEach(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  const logFiles = (dataDir: string) => ['', '-wal', '-shm'].map((suffix) => join(dataDir, `events.db${suffix}`));
  const storedRows = (dataDir: string, fromRevision: number): StoredRow[] => {
    const db = new Database(join(dataDir, 'events.db'), { readonly: true });
    try {
      return db
        .prepare(`SELECT revision, CAST(data AS BLOB) AS data, metadata FROM events WHERE stream_name = 'ledger-tl' AND revision >= ? ORDER BY revision`)
        .all(fromRevision) as StoredRow[];
    } finally {
      db.close();
    }
  };
  const recover = (dataDir: string, ...args: string[]) => runLedgerCli(['recover', 'tl', ...args], { LEDGER_DATA_DIR: dataDir });

  /**
   * 300 records, a clean stop, a backup of events.db; 50 more (acknowledged and signed), a clean
   * stop; the backup restored; the refused service started. Returns what was lost and an export
   * taken from the refused service (its read models still serve the lost records).
   */
  async function restoredOlderBackup(): Promise<{ dataDir: string; lost: AuditRecord[]; lostRows: StoredRow[]; exportFile: string }> {
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST });
    const dataDir = ledger.dataDir;
    await appendValidations(ledger, 300, 'kept');
    await ledger.stop();
    const backup = mkdtempSync(join(tmpdir(), 'backup-'));
    copyFileSync(join(dataDir, 'events.db'), join(backup, 'events.db'));

    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    const lost = await appendValidations(ledger, 50, 'lost');
    await checkpointOfSize(ledger, 350);
    await untilLedgerCaughtUp(ledger);
    await ledger.stop();
    const lostRows = storedRows(dataDir, 300);
    expect(lostRows).toHaveLength(50);

    for (const file of logFiles(dataDir)) rmSync(file, { force: true });
    copyFileSync(join(backup, 'events.db'), join(dataDir, 'events.db'));
    rmSync(backup, { recursive: true, force: true });

    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    const ready = await eventually('a refused ledger', async () => {
      const response = await ledger!.request('GET', '/readyz');
      return response.status === 503 && response.json.checks.acknowledged?.ready === false && response.json.checks.checkpoints?.ready === false ? response.json : undefined;
    }, 30_000);
    expect(ready.checks.acknowledged.ledgers).toEqual([expect.objectContaining({ ledgerId: 'tl', acknowledgedSequence: 350, acknowledgedHash: lost[49]!.hash, logLength: 300 })]);
    const append = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated('on-the-restored-log') });
    expect(append.status).toBe(503);
    expect(['LEDGER.LOG_BEHIND_ACKNOWLEDGED', 'LEDGER.LOG_CONTRADICTS_CHECKPOINT']).toContain(append.json.code);

    // While the service holds the data directory, recover refuses to touch it.
    const busy = recover(dataDir);
    expect([busy.status, busy.stderr]).toEqual([2, expect.stringMatching(/another process has .*open: stop the service/)]);

    const exported = await ledger.request('GET', '/v1/ledger/export?from_sequence=1', { apiKey: KEY });
    expect(exported.status).toBe(200);
    const exportFile = join(mkdtempSync(join(tmpdir(), 'export-')), 'records.ndjson');
    writeFileSync(exportFile, exported.text);
    await ledger.stop();

    const explained = recover(dataDir);
    expect(explained.status).toBe(1);
    expect(explained.stdout).toContain('the log holds 300 records');
    expect(explained.stdout).toContain('MISSING: sequences 301..350 (50 records) were acknowledged and are not in the log');
    expect(explained.stdout).toContain(`acknowledged head hash: ${lost[49]!.hash}`);
    expect(explained.stdout).toMatch(/signed checkpoint of size 350 .* covers lost records/);
    expect(explained.stdout).toMatch(/--from-export[\s\S]*--accept-loss --operator/);
    return { dataDir, lost, lostRows, exportFile };
  }

  it('--from-export re-appends the lost records byte for byte; the service is ready, verifies intact and appends at 351', async () => {
    const { dataDir, lost, lostRows, exportFile } = await restoredOlderBackup();
    const restored = recover(dataDir, '--from-export', exportFile);
    expect(restored.stdout).toContain('re-appended records 301..350 (50)');
    expect(restored.status).toBe(0);
    expect(storedRows(dataDir, 300)).toEqual(lostRows);

    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    await eventually('ready again', async () => ((await ledger!.request('GET', '/readyz')).status === 200 ? true : undefined), 30_000);
    expect((await ledger.request('GET', '/v1/ledger/verify?max_records=1000', { apiKey: KEY })).json).toMatchObject({ intact: true, verifiedCount: 350 });
    expect((await ledger.request('GET', `/v1/audit-events/${lost[0]!.eventId}/verify`, { apiKey: KEY })).json).toMatchObject({ isValid: true });
    const next = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated('after-restore') });
    expect([next.status, next.json.sequence, next.json.previousHash]).toEqual([201, 351, lost[49]!.hash]);
    await checkpointOfSize(ledger, 351);
  }, 180_000);

  it('--accept-loss records LEDGER_GAP_ACKNOWLEDGED at 301..350 for every auditor; appends resume at 351, the chain verifies, the checkpoint over the lost records stays explainable', async () => {
    const { dataDir, lost } = await restoredOlderBackup();
    const refused = recover(dataDir, '--accept-loss');
    expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining('--accept-loss needs --operator <name>')]);
    const accepted = recover(dataDir, '--accept-loss', '--operator', 'ana', '--reason', 'restored the 02:00 backup');
    expect(accepted.stdout).toContain('recorded the loss: LEDGER_GAP_ACKNOWLEDGED at sequences 301..350');
    expect(accepted.status).toBe(0);

    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    await eventually('ready again', async () => ((await ledger!.request('GET', '/readyz')).status === 200 ? true : undefined), 30_000);
    const gapRecords = await listAll(ledger, KEY, 'event_type=LEDGER_GAP_ACKNOWLEDGED&sort_order=ASC&limit=1000');
    expect(gapRecords.map((r) => r.sequence)).toEqual(Array.from({ length: 50 }, (_, i) => 301 + i));
    const last = gapRecords[49]!;
    expect(last).toMatchObject({ resourceType: 'ledger', resourceId: 'tl', action: 'ACKNOWLEDGE_GAP', result: 'ACKNOWLEDGED', actor: { id: 'ana', actorType: 'user' } });
    expect(last.context['gap']).toEqual({
      fromSequence: 301,
      toSequence: 350,
      lostHeadHash: lost[49]!.hash,
      supersededCheckpoints: [expect.objectContaining({ treeSize: 350 })],
      reason: 'restored the 02:00 backup',
      lostSequence: 350,
      lostHash: lost[49]!.hash,
    });
    // The superseded checkpoint is explained by the log alone: records 1..300 and the hashes the gap records name for 301..350 give its root.
    const kept = (await listAll(ledger, KEY)).slice(0, 300);
    const leaves = [...kept.map((r) => r.hash), ...gapRecords.map((r) => (r.context['gap'] as { lostHash: string }).lostHash)].map((hash) => hashLeaf(Buffer.from(hash, 'hex')));
    const superseded = (last.context['gap'] as { supersededCheckpoints: { rootHash: string }[] }).supersededCheckpoints[0]!;
    expect(merkleRoot(350, new LeafHashesNodeReader(leaves)).toString('hex')).toBe(superseded.rootHash);
    // The lost records are gone from reads too: the read models were rebuilt from the log.
    expect((await ledger.request('GET', `/v1/audit-events/${lost[0]!.eventId}`, { apiKey: KEY })).status).toBe(404);
    expect((await ledger.request('GET', '/v1/ledger/verify?max_records=1000', { apiKey: KEY })).json).toMatchObject({ intact: true, verifiedCount: 350 });

    const next = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated('after-the-loss') });
    expect([next.status, next.json.sequence, next.json.previousHash]).toEqual([201, 351, last.hash]);
    // A client cannot forge a gap acknowledgement.
    const forged = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: { ...transactionValidated('x'), eventType: 'LEDGER_GAP_ACKNOWLEDGED', category: 'C', source: 'S' } });
    expect([forged.status, forged.json.errors?.[0]?.path]).toEqual([400, 'eventType']);
    // New checkpoints sign the new history; the superseded one of size 350 is still listed.
    const latest = await checkpointOfSize(ledger, 351);
    expect(bodyOf(latest).treeSize).toBe(351);
    const listed: { treeSize: number; rootHash: string }[] = (await ledger.request('GET', '/v1/ledger/checkpoints?limit=100', { apiKey: KEY })).json.checkpoints;
    expect(listed.map((c) => c.treeSize)).toEqual(expect.arrayContaining([351, 350, 300]));
    expect(listed.find((c) => c.treeSize === 350)!.rootHash).toBe(superseded.rootHash);
    // Running recover again finds nothing missing.
    await expect(recoverWhileStopped(ledger, dataDir)).resolves.toBe(0);
  }, 180_000);

  async function recoverWhileStopped(running: LedgerProcess, dataDir: string): Promise<number | null> {
    await running.stop();
    return recover(dataDir).status;
  }
});
