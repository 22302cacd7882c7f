/** `ledger verify` on real files in a temp dir. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNoteKey } from '#integrity';
import { buildTestRecords, resealFrom, signTestCheckpoint, toLines } from '#integrity/testing';
import { recordingIo } from './testing/recording-io.js';
import { runVerifyCommand } from './verify.command.js';

const key = generateNoteKey('ledger.test');
const records = buildTestRecords(200);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledger-cli-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

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
