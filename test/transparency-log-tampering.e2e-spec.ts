import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { eventually } from './support/eventually.js';
import { runLedgerCli } from './support/ledger-cli.js';
import { editLog, rewriteFrom } from './support/log-tampering.js';
import { E2E_STORE, LedgerProcess } from './support/ledger-process.js';
import { appendValidations, bodyOf, checkpointOfSize, KEY } from './support/transparency-log.js';

const API_KEYS = [{ key: KEY, ledgerId: 'tl', scopes: ['audit:write', 'audit:read'] }];
const FAST = { LEDGER_CHECKPOINT_INTERVAL_MS: '100' };

/**
 * Someone who can write the store rewrites history consistently (every hash from sequence k on
 * recomputed) or cuts its tail, with the service stopped. The hash chain alone cannot see a
 * consistent rewrite; the signed checkpoints can. Threat model: docs/INTEGRITY.md.
 */
const describeOnSqlite = E2E_STORE === 'sqlite' ? describe : describe.skip;

describeOnSqlite('a rewritten or truncated history, against the signed checkpoints', () => {
  let ledger: LedgerProcess | undefined;
  let verifierKey: string;
  afterEach(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  /** A ledger of 300 records with checkpoint C1 of size 300 saved, then the service stopped. */
  async function ledgerWithCheckpoint(): Promise<{ dataDir: string; c1File: string }> {
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST });
    verifierKey = (await ledger.request('GET', '/v1/ledger/checkpoint-key', { apiKey: KEY })).text.trim();
    await appendValidations(ledger, 300, 'x');
    const c1 = await checkpointOfSize(ledger, 300);
    const c1File = join(mkdtempSync(join(tmpdir(), 'auditor-')), 'c1.txt');
    writeFileSync(c1File, c1);
    await ledger.stop();
    return { dataDir: ledger.dataDir, c1File };
  }

  const removeFiles = (dataDir: string, name: string) => ['', '-wal', '-shm'].forEach((suffix) => rmSync(join(dataDir, `${name}${suffix}`), { force: true }));
  const tlogConsistency = (c1File: string) =>
    runLedgerCli(['tlog', 'consistency', '--url', ledger!.baseUrl, '--api-key', KEY, '--old', c1File, '--verifier-key', verifierKey]);

  async function expectRefusal(reason: 'root-differs' | 'log-shorter') {
    const ready = await eventually('a not-ready /readyz', async () => {
      const response = await ledger!.request('GET', '/readyz');
      return response.status === 503 && response.json?.checks?.checkpoints?.ready === false ? response.json : undefined;
    }, 30_000);
    expect(ready.checks.checkpoints).toMatchObject({ code: 'LEDGER.LOG_CONTRADICTS_CHECKPOINT', ledgers: [{ ledgerId: 'tl', reason, checkpointSize: 300 }] });
    const append = await ledger!.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('after-tampering') });
    expect(append.status).toBe(503);
    expect(append.json).toMatchObject({ code: 'LEDGER.LOG_CONTRADICTS_CHECKPOINT' });
    expect(append.json.detail).toContain('300');
    // Reads stay available.
    expect((await ledger!.request('GET', '/v1/audit-events?limit=5', { apiKey: KEY })).status).toBe(200);
    expect(ledger!.logs).toMatch(/ledger tl: .*size 300.*LEDGER.LOG_CONTRADICTS_CHECKPOINT/);
  }

  it('signs a last checkpoint at graceful shutdown, and it survives the restart', async () => {
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: { LEDGER_CHECKPOINT_INTERVAL_MS: '3600000' } });
    await appendValidations(ledger, 42, 'shutdown');
    expect((await ledger.request('GET', '/v1/ledger/checkpoint', { apiKey: KEY })).status).toBe(404);
    expect(await ledger.stop()).toBe(0);
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: { LEDGER_CHECKPOINT_INTERVAL_MS: '3600000' }, dataDir: ledger.dataDir });
    const note = (await ledger.request('GET', '/v1/ledger/checkpoint', { apiKey: KEY })).text;
    expect(bodyOf(note).treeSize).toBe(42);
  }, 60_000);

  it('(a) a consistent rewrite from sequence 100, read models deleted: the chain verifies, the checkpoint does not — appends refused, the auditor’s check fails', async () => {
    const { dataDir, c1File } = await ledgerWithCheckpoint();
    editLog(dataDir, (db) => rewriteFrom(db, 100));
    removeFiles(dataDir, 'read-models.db');
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    await expectRefusal('root-differs');
    // The hole this closes: the hash chain alone says the rewritten history is intact.
    expect((await ledger.request('GET', '/v1/ledger/verify?max_records=1000', { apiKey: KEY })).json).toMatchObject({ intact: true, verifiedCount: 300 });
    const check = tlogConsistency(c1File);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('NOT VERIFIED');
  }, 60_000);

  it('(b) a truncated tail (sequences 251..300 deleted): appends refused rather than reusing sequences, the auditor’s check fails', async () => {
    const { dataDir, c1File } = await ledgerWithCheckpoint();
    editLog(dataDir, (db) => db.prepare(`DELETE FROM events WHERE stream_name = 'ledger-tl' AND revision >= 250`).run());
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    await expectRefusal('log-shorter');
    expect(tlogConsistency(c1File).status).toBe(1);
  }, 60_000);

  it('(c) the checkpoint history deleted too: the service cannot notice by itself, the auditor’s kept checkpoint still catches it', async () => {
    const { dataDir, c1File } = await ledgerWithCheckpoint();
    editLog(dataDir, (db) => rewriteFrom(db, 100));
    removeFiles(dataDir, 'read-models.db');
    removeFiles(dataDir, 'checkpoints.db');
    ledger = await LedgerProcess.start({ apiKeys: API_KEYS, env: FAST, dataDir });
    // With nothing signed to contradict, it signs the rewritten history as it finds it.
    const forged = await checkpointOfSize(ledger, 300);
    expect(bodyOf(forged).rootHash.equals(bodyOf(readFileSync(c1File, 'utf8')).rootHash)).toBe(false);
    expect((await ledger.request('GET', '/readyz')).status).toBe(200);
    const check = tlogConsistency(c1File);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/NOT VERIFIED/);
  }, 60_000);
});
