import { verifyMerkleInclusion } from '@sigstore/verify/dist/tlog/merkle.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashLeaf, LeafHashesNodeReader, merkleRoot, openNote, parseNoteVerifier, verifyConsistency, verifyInclusion } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { runLedgerCli } from './support/ledger-cli.js';
import { LedgerProcess } from './support/ledger-process.js';
import { appendValidations, bodyOf, checkpointOfSize, KEY, leafHashes } from './support/transparency-log.js';

const FAST = { LEDGER_CHECKPOINT_INTERVAL_MS: '100' };

type Entry = Parameters<typeof verifyMerkleInclusion>[0];
type SigstoreCheckpoint = Parameters<typeof verifyMerkleInclusion>[1];

describe('the transparency log: signed checkpoints, proofs, tiles, export and the offline verifier', () => {
  let ledger: LedgerProcess;
  let verifierKey: string;
  let records: AuditRecord[];
  let c1: string;
  let c2: string;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: [{ key: KEY, ledgerId: 'tl', scopes: ['audit:write', 'audit:read'] }], env: FAST });
    verifierKey = (await ledger.request('GET', '/v1/ledger/checkpoint-key', { apiKey: KEY })).text.trim();
    records = await appendValidations(ledger, 5000, 'a');
    c1 = await checkpointOfSize(ledger, 5000);
    records.push(...(await appendValidations(ledger, 1200, 'b')));
    c2 = await checkpointOfSize(ledger, 6200);
  }, 180_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it('prints the verifier key at start, and signs each checkpoint with it (C2SP signed note, tlog-checkpoint body)', () => {
    expect(ledger.logs).toContain(verifierKey);
    const verifier = parseNoteVerifier(verifierKey);
    for (const note of [c1, c2]) expect(openNote(note, [verifier]).signatures[0]).toMatchObject({ verified: true, name: 'audit-ledger.localhost' });
    expect(bodyOf(c1)).toMatchObject({ origin: 'audit-ledger.localhost/tl', treeSize: 5000 });
  }, 60_000);

  it('the checkpoint roots are the RFC 9162 roots of the records’ hashes', () => {
    const reader = new LeafHashesNodeReader(leafHashes(records));
    expect(bodyOf(c1).rootHash.toString('hex')).toBe(merkleRoot(5000, reader).toString('hex'));
    expect(bodyOf(c2).rootHash.toString('hex')).toBe(merkleRoot(6200, reader).toString('hex'));
  }, 60_000);

  it('lists the checkpoints newest first with lowercase hex roots', async () => {
    const page = (await ledger.request('GET', '/v1/ledger/checkpoints?limit=1000', { apiKey: KEY })).json;
    const sizes = page.checkpoints.map((c: { treeSize: number }) => c.treeSize);
    expect(sizes).toEqual([...sizes].sort((a: number, b: number) => b - a));
    expect(page.checkpoints[0]).toMatchObject({ treeSize: 6200, rootHash: bodyOf(c2).rootHash.toString('hex'), note: c2 });
    expect(sizes).toContain(5000);
  }, 60_000);

  it('a consistency proof C1 → C2 verifies against both signed roots', async () => {
    const proof = (await ledger.request('GET', '/v1/ledger/consistency-proof?from_size=5000&to_size=6200', { apiKey: KEY })).json;
    const hashes = proof.hashes.map((h: string) => Buffer.from(h, 'hex'));
    expect(verifyConsistency(5000, 6200, bodyOf(c1).rootHash, bodyOf(c2).rootHash, hashes)).toBe(true);
    expect(runLedgerCli(['tlog', 'consistency', '--url', ledger.baseUrl, '--api-key', KEY, '--old', save(c1), '--verifier-key', verifierKey]).status).toBe(0);
  }, 60_000);

  it('inclusion proofs of a sample verify against C2, with our code and with @sigstore/verify (an independent RFC 6962 implementation)', async () => {
    const root = bodyOf(c2).rootHash;
    for (const sequence of [1, 2, 255, 256, 257, 4999, 5000, 5001, 6199, 6200]) {
      const record = records[sequence - 1]!;
      const proof = (await ledger.request('GET', `/v1/audit-events/${record.eventId}/inclusion-proof`, { apiKey: KEY })).json;
      expect(proof).toMatchObject({ eventId: record.eventId, sequence, leafIndex: sequence - 1, treeSize: 6200, rootHash: root.toString('hex') });
      const hashes = proof.hashes.map((h: string) => Buffer.from(h, 'hex'));
      expect(verifyInclusion(sequence - 1, 6200, hashLeaf(Buffer.from(record.hash, 'hex')), hashes, root)).toBe(true);
      const entry = { canonicalizedBody: Buffer.from(record.hash, 'hex'), inclusionProof: { logIndex: String(sequence - 1), hashes } } as unknown as Entry;
      expect(() => verifyMerkleInclusion(entry, { logSize: 6200n, logHash: root } as unknown as SigstoreCheckpoint)).not.toThrow();
    }
  }, 60_000);

  it('refuses proofs the tree cannot give, with 400 naming the parameter', async () => {
    const first = records[0]!.eventId;
    const last = records[6199]!.eventId;
    expect((await ledger.request('GET', `/v1/audit-events/${first}/inclusion-proof?tree_size=999999`, { apiKey: KEY })).json.errors[0].path).toBe('tree_size');
    expect((await ledger.request('GET', `/v1/audit-events/${last}/inclusion-proof?tree_size=100`, { apiKey: KEY })).status).toBe(400);
    expect((await ledger.request('GET', '/v1/ledger/consistency-proof?from_size=6000&to_size=10', { apiKey: KEY })).json.errors[0].path).toBe('from_size');
    expect((await ledger.request('GET', '/v1/ledger/consistency-proof?from_size=1&to_size=999999', { apiKey: KEY })).status).toBe(400);
  }, 60_000);

  it('serves tlog tiles equal to the hashes computed from the records, immutable with an ETag', async () => {
    const leaves = leafHashes(records);
    const reader = new LeafHashesNodeReader(leaves);
    const full = await fetch(`${ledger.baseUrl}/v1/ledger/tlog/tile/0/001`, { headers: { 'x-api-key': KEY } });
    expect(full.status).toBe(200);
    expect(full.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await full.arrayBuffer()).equals(Buffer.concat(leaves.slice(256, 512)))).toBe(true);
    const etag = full.headers.get('etag')!;
    expect((await fetch(`${ledger.baseUrl}/v1/ledger/tlog/tile/0/001`, { headers: { 'x-api-key': KEY, 'if-none-match': etag } })).status).toBe(304);
    // 6200 leaves: 24 complete level-8 nodes in the first level-1 tile, and 56 leaves in the last level-0 tile.
    const level1 = await fetch(`${ledger.baseUrl}/v1/ledger/tlog/tile/1/000.p/24`, { headers: { 'x-api-key': KEY } });
    const expected = Buffer.concat(Array.from({ length: 24 }, (_, i) => reader.nodeHash(8, i)));
    expect(Buffer.from(await level1.arrayBuffer()).equals(expected)).toBe(true);
    const partial = await fetch(`${ledger.baseUrl}/v1/ledger/tlog/tile/0/024.p/56`, { headers: { 'x-api-key': KEY } });
    expect(Buffer.from(await partial.arrayBuffer()).equals(Buffer.concat(leaves.slice(6144, 6200)))).toBe(true);
    const bundle = Buffer.from(await (await fetch(`${ledger.baseUrl}/v1/ledger/tlog/tile/entries/000`, { headers: { 'x-api-key': KEY } })).arrayBuffer());
    expect(bundle.subarray(0, 34).equals(Buffer.concat([Buffer.from([0, 32]), Buffer.from(records[0]!.hash, 'hex')]))).toBe(true);
    expect((await ledger.request('GET', '/v1/ledger/tlog/tile/0/024', { apiKey: KEY })).status).toBe(404);
    expect((await ledger.request('GET', '/v1/ledger/tlog/tile/0/24', { apiKey: KEY })).status).toBe(404);
    expect((await ledger.request('GET', '/v1/ledger/tlog/tile/0/000')).status).toBe(401);
  }, 60_000);

  it('exports the records as GET returns them, and the offline verify passes; one altered byte fails naming the sequence', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ledger-export-'));
    const exported = runLedgerCli(['export', '--url', ledger.baseUrl, '--api-key', KEY, '--out', out]);
    expect(exported.status).toBe(0);
    const lines = readFileSync(join(out, 'records.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(6200);
    expect(lines[41]).toBe((await ledger.request('GET', `/v1/audit-events/${records[41]!.eventId}`, { apiKey: KEY })).text);
    const verify = () => runLedgerCli(['verify', '--records', join(out, 'records.ndjson'), '--checkpoint', join(out, 'checkpoint.txt'), '--verifier-key', verifierKey]);
    expect(verify()).toMatchObject({ status: 0 });
    lines[3333] = lines[3333]!.replace('"result":"ALLOW"', '"result":"ALLoW"');
    writeFileSync(join(out, 'records.ndjson'), `${lines.join('\n')}\n`);
    const failed = verify();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('record 3334');
  }, 60_000);

  it('a second instance on the same data directory signs with the same key: both serve identical checkpoints', async () => {
    const second = await LedgerProcess.start({ apiKeys: [{ key: KEY, ledgerId: 'tl', scopes: ['audit:write', 'audit:read'] }], env: FAST, dataDir: ledger.dataDir });
    try {
      expect((await second.request('GET', '/v1/ledger/checkpoint-key', { apiKey: KEY })).text.trim()).toBe(verifierKey);
      await appendValidations(second, 150, 'c');
      await appendValidations(ledger, 150, 'd');
      const [one, two] = [await checkpointOfSize(ledger, 6500), await checkpointOfSize(second, 6500)];
      expect(two).toBe(one);
      expect(openNote(one, [parseNoteVerifier(verifierKey)]).signatures[0]!.verified).toBe(true);
      expect(`${ledger.logs}${second.logs}`).not.toMatch(/another note|LOG_CONTRADICTS/);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it('export ranges: from_sequence..to_sequence in order, 400 beyond the head', async () => {
    const response = await ledger.request('GET', '/v1/ledger/export?from_sequence=10&to_sequence=12', { apiKey: KEY });
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    expect(response.text.trimEnd().split('\n').map((line) => JSON.parse(line).sequence)).toEqual([10, 11, 12]);
    expect((await ledger.request('GET', '/v1/ledger/export?to_sequence=9000', { apiKey: KEY })).json.errors[0].path).toBe('to_sequence');
    expect((await ledger.request('GET', '/v1/ledger/checkpoints?cursor=abc', { apiKey: KEY })).json.code).toBe('LEDGER.INVALID_CURSOR');
  }, 60_000);
});

function save(note: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'checkpoint-')), 'checkpoint.txt');
  writeFileSync(file, note);
  return file;
}
