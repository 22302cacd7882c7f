/**
 * `ledger export` against a node:http double of the ledger's endpoints (see startLedgerApiDouble);
 * the run against the real service is in the end-to-end suites.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNoteKey } from '#integrity';
import { buildTestRecords, signTestCheckpoint } from '#integrity/testing';
import { runExportCommand } from './export.command.js';
import { DOUBLE_API_KEY as API_KEY, startLedgerApiDouble, type LedgerApiDouble } from './testing/ledger-api-double.js';
import { recordingIo } from './testing/recording-io.js';
import { runVerifyCommand } from './verify.command.js';

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

describe('ledger export', () => {
  const exportTo = async (out: string, apiKey = API_KEY) => {
    const io = recordingIo();
    const status = await runExportCommand(['--url', api.baseUrl, '--api-key', apiKey, '--out', out], io);
    return { status, out: io.out(), err: io.err() };
  };

  it('downloads the checkpoint and exactly the records it covers, which then verify offline', async () => {
    const out = join(dir, 'export');
    await expect(exportTo(out)).resolves.toMatchObject({ status: 0 });
    expect(api.requests.map((r) => r.url)).toEqual(['/v1/ledger/checkpoint', '/v1/ledger/export?to_sequence=200']);
    expect(api.requests.every((r) => r.apiKey === API_KEY)).toBe(true);
    expect(await readFile(join(out, 'checkpoint.txt'), 'utf8')).toBe(signTestCheckpoint(records, 200, key.privateKey));
    const io = recordingIo();
    const args = ['--records', join(out, 'records.ndjson'), '--checkpoint', join(out, 'checkpoint.txt'), '--verifier-key', key.verifierKey];
    await expect(runVerifyCommand(args, io)).resolves.toBe(0);
  });

  it('exits 2 when the API key is refused, saying what the service answered', async () => {
    const result = await exportTo(join(dir, 'export'), 'wrong');
    expect(result.status).toBe(2);
    expect(result.err).toBe('ledger export: GET /v1/ledger/checkpoint: 401 Unauthorized: invalid API key\n');
  });

  it('exits 2 when the service sends fewer records than the checkpoint covers, leaving no records.ndjson', async () => {
    api.served.dropExportLines = 3;
    const out = join(dir, 'export');
    const result = await exportTo(out);
    expect(result.status).toBe(2);
    expect(result.err).toContain('the service sent 197 records, but the checkpoint covers 200');
    await expect(readFile(join(out, 'records.ndjson'))).rejects.toThrow(/ENOENT/);
  });

  it('exits 2 when nothing listens at the URL', async () => {
    const io = recordingIo();
    await expect(runExportCommand(['--url', 'http://127.0.0.1:1', '--api-key', API_KEY, '--out', dir], io)).resolves.toBe(2);
    expect(io.err()).toMatch(/no answer from http:\/\/127\.0\.0\.1:1/);
  });
});
