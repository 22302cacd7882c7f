import { consistencyProof } from '../../merkle/consistency-proof.js';
import { LeafHashesNodeReader } from '../../merkle/leaf-hashes-node-reader.js';
import { hashLeaf } from '../../merkle/merkle-hash.js';
import { merkleRoot } from '../../merkle/merkle-root.js';
import { formatCheckpoint } from '../../note/checkpoint.js';
import { parseNoteSigner } from '../../note/note-signer.js';
import { signNote } from '../../note/sign-note.js';
import { computeRecordHash, GENESIS_HASH } from '../../record-hash.js';

/** A record of a test ledger, shaped like a stored audit event (docs/INTEGRITY.md). */
export type TestRecord = Record<string, unknown> & { sequence: number; previousHash: string; hash: string };

/** The test log's origin prefix (LEDGER_LOG_ORIGIN) and ledger. */
export const TEST_LOG_ORIGIN = 'ledger.test/log';
export const TEST_LEDGER_ID = 'ledger-1';

/**
 * Records 1..count of a ledger with fixed ids and times, chained and sealed with computeRecordHash:
 * the same bytes on every run.
 */
export function buildTestRecords(count: number, ledgerId = TEST_LEDGER_ID): TestRecord[] {
  const unsealed = Array.from({ length: count }, (_, i) => ({
    eventId: `01900000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
    ledgerId,
    sequence: i + 1,
    eventType: 'TRANSACTION_VALIDATED',
    resourceType: 'transaction',
    resourceId: `tx-${i + 1}`,
    action: 'VALIDATE',
    result: i % 7 === 0 ? 'DENY' : 'ALLOW',
    actor: { id: 'svc-payments', actorType: 'service' },
    context: { request: { amount: `${(i * 13) % 10000}.00`, currency: 'EUR' } },
    metadata: {},
    createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
    previousHash: '',
  }));
  return resealFrom(unsealed as unknown as TestRecord[], 0);
}

/** The records with the chain recomputed from index `from` on (previousHash and hash), as a forger would. */
export function resealFrom(records: readonly TestRecord[], from: number): TestRecord[] {
  const out: TestRecord[] = records.slice(0, from).map((r) => ({ ...r }));
  for (let i = from; i < records.length; i++) {
    const previousHash = i === 0 ? GENESIS_HASH : out[i - 1]!.hash;
    const { hash: _old, ...rest } = { ...records[i]!, previousHash };
    out.push({ ...rest, hash: computeRecordHash(rest) } as TestRecord);
  }
  return out;
}

/** One NDJSON line per record. */
export function toLines(records: readonly TestRecord[]): string[] {
  return records.map((record) => JSON.stringify(record));
}

/** The RFC 9162 root of the first `size` records (leaf data = the 32 bytes of each hash). */
export function testRoot(records: readonly TestRecord[], size: number): Buffer {
  return merkleRoot(size, leafReader(records.slice(0, size)));
}

/** The consistency proof from `fromSize` to `toSize` as `GET /v1/ledger/consistency-proof` sends it (lowercase hex). */
export function testConsistencyProofHex(records: readonly TestRecord[], fromSize: number, toSize: number): string[] {
  return consistencyProof(fromSize, toSize, leafReader(records.slice(0, toSize))).map((hash) => hash.toString('hex'));
}

function leafReader(records: readonly TestRecord[]): LeafHashesNodeReader {
  return new LeafHashesNodeReader(records.map((r) => hashLeaf(Buffer.from(r.hash, 'hex'))));
}

/** A checkpoint note over the first `size` records, signed with `privateKey` (a generateNoteKey private key). */
export function signTestCheckpoint(
  records: readonly TestRecord[],
  size: number,
  privateKey: string,
  origin = `${TEST_LOG_ORIGIN}/${TEST_LEDGER_ID}`,
): string {
  return signNote(formatCheckpoint({ origin, treeSize: size, rootHash: testRoot(records, size) }), parseNoteSigner(privateKey));
}
