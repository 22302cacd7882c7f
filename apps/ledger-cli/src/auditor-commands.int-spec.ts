/**
 * The auditor commands (export, verify, tlog consistency) on real files in a temp dir, and against a
 * small node:http server that stands in for the ledger's transparency-log endpoints: it serves a
 * fixed checkpoint, records and consistency proofs computed from a test ledger. It is a test double
 * of the HTTP API; the end-to-end run against the real service is a separate suite (test/).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNoteKey } from '#integrity';
import {
  buildTestRecords,
  resealFrom,
  signTestCheckpoint,
  testConsistencyProofHex,
  toLines,
  type TestRecord,
} from '../../../libs/integrity/src/ledger-export/testing/test-ledger.js';
import type { CliIo } from './cli-io.js';
import { runExportCommand } from './export.command.js';
import { runTlogConsistencyCommand } from './tlog-consistency.command.js';
import { runVerifyCommand } from './verify.command.js';

const API_KEY = 'test-audit-reader';
const key = generateNoteKey('ledger.test');
const records = buildTestRecords(200);

/** What the server double serves: the log it is at now, and optionally fewer export lines than asked. */
interface ServedLog {
  records: TestRecord[];
  size: number;
  dropExportLines?: number;
}

let dir: string;
let server: Server;
let baseUrl: string;
let served: ServedLog;
let requests: { url: string; apiKey: string | undefined }[];

beforeAll(async () => {
  server = createServer((request, response) => void serve(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledger-cli-'));
  served = { records, size: 200 };
  requests = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', baseUrl);
  const apiKey = request.headers['x-api-key'] as string | undefined;
  requests.push({ url: `${url.pathname}${url.search}`, apiKey });
  if (apiKey !== API_KEY) {
    response.writeHead(401, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: 'Unauthorized', detail: 'invalid API key' }));
    return;
  }
  if (url.pathname === '/v1/ledger/checkpoint') {
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(signTestCheckpoint(served.records, served.size, key.privateKey));
  } else if (url.pathname === '/v1/ledger/consistency-proof') {
    const [fromSize, toSize] = [Number(url.searchParams.get('from_size')), Number(url.searchParams.get('to_size'))];
    const hashes = testConsistencyProofHex(served.records, fromSize, toSize);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ fromSize, toSize, hashes }));
  } else if (url.pathname === '/v1/ledger/export') {
    const to = Number(url.searchParams.get('to_sequence')) - (served.dropExportLines ?? 0);
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    for (const line of toLines(served.records.slice(0, to))) {
      if (!response.write(`${line}\n`)) await new Promise((resolve) => response.once('drain', resolve));
    }
    response.end();
  } else {
    response.writeHead(404).end();
  }
}

function recordingIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text), isTTY: false },
    out: () => out,
    err: () => err,
  };
}

async function writeLedgerFiles(lines: readonly string[], checkpoint: string): Promise<{ recordsPath: string; checkpointPath: string }> {
  const recordsPath = join(dir, 'records.ndjson');
  const checkpointPath = join(dir, 'checkpoint.txt');
  await writeFile(recordsPath, lines.map((line) => `${line}\n`).join(''));
  await writeFile(checkpointPath, checkpoint);
  return { recordsPath, checkpointPath };
}

describe('ledger verify', () => {
  const verify = async (lines: readonly string[], checkpoint = signTestCheckpoint(records, 200, key.privateKey), vkey = key.verifierKey) => {
    const { recordsPath, checkpointPath } = await writeLedgerFiles(lines, checkpoint);
    const io = recordingIo();
    const status = await runVerifyCommand(['--records', recordsPath, '--checkpoint', checkpointPath, '--verifier-key', vkey], io);
    return { status, out: io.out(), err: io.err() };
  };

  it('exits 0 for an intact export, with a progress line on stderr', async () => {
    const result = await verify(toLines(records));
    expect(result).toMatchObject({ status: 0, out: 'verified: records 1..200 are those of the signed checkpoint of ledger.test/log/ledger-1 (size 200)\n' });
    expect(result.err).toContain('200 records read');
  });

  it('reads the verifier key from a file given as @file', async () => {
    const keyPath = join(dir, 'ledger.vkey');
    await writeFile(keyPath, `${key.verifierKey}\n`);
    await expect(verify(toLines(records), undefined, `@${keyPath}`)).resolves.toMatchObject({ status: 0 });
  });

  it('says which records no checkpoint covers', async () => {
    const result = await verify(toLines(records), signTestCheckpoint(records, 150, key.privateKey));
    expect(result.status).toBe(0);
    expect(result.out).toContain('note: 50 more records (151..200) hash and link, but no checkpoint covers them');
  });

  it('exits 1 naming the record for one altered byte', async () => {
    const lines = toLines(records).map((line, i) => (i === 56 ? line.replace('"tx-57"', '"tx-58"') : line));
    await expect(verify(lines)).resolves.toMatchObject({ status: 1, out: 'NOT VERIFIED: record 57: hash does not match its content\n' });
  });

  it('exits 1 for a consistently rewritten history, on the Merkle root', async () => {
    const forged = resealFrom(records.map((r, i) => (i === 99 ? { ...r, result: 'REVIEW' } : r)), 99);
    const result = await verify(toLines(forged));
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: records 1\.\.200 do not have the checkpoint's Merkle root/);
  });

  it('exits 1 for a checkpoint signed by another key', async () => {
    const result = await verify(toLines(records), signTestCheckpoint(records, 200, generateNoteKey('ledger.test').privateKey));
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: checkpoint not signed by the pinned key ledger\.test/);
  });

  it('exits 2 for a records file that does not exist', async () => {
    const io = recordingIo();
    const checkpointPath = join(dir, 'checkpoint.txt');
    await writeFile(checkpointPath, signTestCheckpoint(records, 200, key.privateKey));
    const status = await runVerifyCommand(['--records', join(dir, 'missing.ndjson'), '--checkpoint', checkpointPath, '--verifier-key', key.verifierKey], io);
    expect(status).toBe(2);
    expect(io.err()).toMatch(/^ledger verify: ENOENT/);
  });

  it('exits 2 with the usage for a missing option', async () => {
    const io = recordingIo();
    await expect(runVerifyCommand(['--records', 'r.ndjson'], io)).resolves.toBe(2);
    expect(io.err()).toContain('--checkpoint is required');
    expect(io.err()).toContain('usage: ledger verify');
  });

  it('exits 2 for a private key given as the verifier key, without echoing it', async () => {
    const result = await verify(toLines(records), undefined, key.privateKey);
    expect(result.status).toBe(2);
    expect(result.err).toMatch(/--verifier-key: verifier key: this is a private key/);
    expect(result.err).not.toContain(key.privateKey.slice(12));
  });
});

describe('ledger export', () => {
  const exportTo = async (out: string, apiKey = API_KEY) => {
    const io = recordingIo();
    const status = await runExportCommand(['--url', baseUrl, '--api-key', apiKey, '--out', out], io);
    return { status, out: io.out(), err: io.err() };
  };

  it('downloads the checkpoint and exactly the records it covers, which then verify offline', async () => {
    const out = join(dir, 'export');
    await expect(exportTo(out)).resolves.toMatchObject({ status: 0 });
    expect(requests.map((r) => r.url)).toEqual(['/v1/ledger/checkpoint', '/v1/ledger/export?to_sequence=200']);
    expect(requests.every((r) => r.apiKey === API_KEY)).toBe(true);
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
    served.dropExportLines = 3;
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

describe('ledger tlog consistency', () => {
  const consistency = async (kept: string, extra: string[] = []) => {
    const oldPath = join(dir, 'old-checkpoint.txt');
    await writeFile(oldPath, kept);
    const io = recordingIo();
    const status = await runTlogConsistencyCommand(['--url', baseUrl, '--api-key', API_KEY, '--old', oldPath, '--verifier-key', key.verifierKey, ...extra], io);
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
    expect(requests.map((r) => r.url)).toEqual(['/v1/ledger/checkpoint', '/v1/ledger/consistency-proof?from_size=120&to_size=200']);
    expect(await readFile(savePath, 'utf8')).toBe(signTestCheckpoint(records, 200, key.privateKey));
  });

  it('exits 1 when a record the kept checkpoint covers was rewritten, and explains it', async () => {
    served.records = resealFrom(records.map((r, i) => (i === 49 ? { ...r, result: 'REVIEW' } : r)), 49);
    const result = await consistency(kept120);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: the log was rewritten: checkpoint 120 is not a prefix of checkpoint 200/);
    expect(result.err).toContain('history was rewritten');
    expect(result.err).toContain(signTestCheckpoint(served.records, 200, key.privateKey));
  });

  it('exits 1 when the log is now shorter than the kept checkpoint, without asking for a proof', async () => {
    served.size = 100;
    const result = await consistency(kept120);
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: the log is shorter than the checkpoint you kept: it now has 100 records, your checkpoint signed 120/);
    expect(requests.map((r) => r.url)).toEqual(['/v1/ledger/checkpoint']);
  });

  it('exits 1 when the kept checkpoint is not signed by the pinned key', async () => {
    const result = await consistency(signTestCheckpoint(records, 120, generateNoteKey('ledger.test').privateKey));
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/^NOT VERIFIED: old checkpoint not signed by the pinned key/);
  });

  it('exits 2 with the usage when --old is missing', async () => {
    const io = recordingIo();
    await expect(runTlogConsistencyCommand(['--url', baseUrl, '--api-key', API_KEY, '--verifier-key', key.verifierKey], io)).resolves.toBe(2);
    expect(io.err()).toContain('--old is required');
  });
});
