/**
 * `ledger tlog consistency` against a node:http double of the ledger's endpoints (see
 * startLedgerApiDouble); the run against the real service is in the end-to-end suites.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNoteKey } from '#integrity';
import { buildTestRecords, resealFrom, signTestCheckpoint } from '#integrity/testing';
import { DOUBLE_API_KEY as API_KEY, startLedgerApiDouble, type LedgerApiDouble } from './testing/ledger-api-double.js';
import { recordingIo } from './testing/recording-io.js';
import { runTlogConsistencyCommand } from './tlog-consistency.command.js';

const key = generateNoteKey('ledger.test');
const records = buildTestRecords(200);
let dir: string;
let api: LedgerApiDouble;

beforeAll(async () => {
  api = await startLedgerApiDouble(key.privateKey, { records, size: 200 });
});

afterAll(() => api.close());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledger-cli-'));
  api.served = { records, size: 200 };
  api.requests.length = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ledger tlog consistency', () => {
  const consistency = async (kept: string, extra: string[] = []) => {
    const oldPath = join(dir, 'old-checkpoint.txt');
    await writeFile(oldPath, kept);
    const io = recordingIo();
    const status = await runTlogConsistencyCommand(['--url', api.baseUrl, '--api-key', API_KEY, '--old', oldPath, '--verifier-key', key.verifierKey, ...extra], io);
    return { status, out: io.out(), err: io.err() };
  };
  const kept120 = signTestCheckpoint(records, 120, key.privateKey);

  it('exits 0 when the log only grew, fetching the proof from the kept size, and saves the latest checkpoint', async () => {
    const savePath = join(dir, 'latest.txt');
    const result = await consistency(kept120, ['--save', savePath]);
    expect(result).toMatchObject({ status: 0 });
    expect(result.out).toBe(
      `consistent: checkpoint 120 of ledger.test/log/ledger-1 is a prefix of its latest checkpoint 200 (80 records appended since); saved the latest checkpoint to ${savePath}\n`,
    );
    expect(api.requests.map((r) => r.url)).toEqual(['/v1/ledger/checkpoint', '/v1/ledger/consistency-proof?from_size=120&to_size=200']);
    expect(await readFile(savePath, 'utf8')).toBe(signTestCheckpoint(records, 200, key.privateKey));
  });

  it('exits 1 when a record the kept checkpoint covers was rewritten, and explains it', async () => {
    api.served.records = resealFrom(records.map((r, i) => (i === 49 ? { ...r, result: 'REVIEW' } : r)), 49);
    const result = await consistency(kept120);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: the log was rewritten: checkpoint 120 is not a prefix of checkpoint 200/);
    expect(result.err).toContain('history was rewritten');
    expect(result.err).toContain(signTestCheckpoint(api.served.records, 200, key.privateKey));
  });

  it('exits 0 when only records after the kept checkpoint differ: it vouches for records 1..120, not for later ones', async () => {
    api.served.records = resealFrom(records.map((r, i) => (i === 149 ? { ...r, result: 'REVIEW' } : r)), 149);
    await expect(consistency(kept120)).resolves.toMatchObject({ status: 0 });
  });

  it('exits 1 when the log is now shorter than the kept checkpoint, without asking for a proof', async () => {
    api.served.size = 100;
    const result = await consistency(kept120);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: the log is shorter than the checkpoint you kept: it now has 100 records, your checkpoint signed 120/);
    expect(api.requests.map((r) => r.url)).toEqual(['/v1/ledger/checkpoint']);
  });

  it('exits 1 when the kept checkpoint is not signed by the pinned key', async () => {
    const result = await consistency(signTestCheckpoint(records, 120, generateNoteKey('ledger.test').privateKey));
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: old checkpoint not signed by the pinned key/);
  });

  it('exits 2 with the usage when --old is missing', async () => {
    const io = recordingIo();
    await expect(runTlogConsistencyCommand(['--url', api.baseUrl, '--api-key', API_KEY, '--verifier-key', key.verifierKey], io)).resolves.toBe(2);
    expect(io.err()).toContain('--old is required');
  });
});
