import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { hashLeaf, MerkleTreeBuilder, sealRecordText } from '#integrity';
import { AUDIT_RECORD_SCHEMA_VERSION, toLedgerStreamName, type LedgerEventMetadata, type LedgerGap } from '#ledger-domain';
import { NO_STREAM, type EventStore, type EventToAppend } from '#event-store';

/** An export that cannot fill the gap: nothing was appended (exit status 1, the reason printed). */
export class ExportRefusedError extends Error {
  override name = 'ExportRefusedError';
}

/** Log records read per page when the tree of the records kept is recomputed. */
const PAGE = 10_000;

/**
 * Re-appends the gap's records from an export (NDJSON, one record a line, as `GET
 * /v1/ledger/export` and `ledger export` write it): each missing sequence exactly once and in
 * order, each hash recomputed from its content (so the stored bytes are the ones first stored),
 * linked to the record before it, equal to the hash the read models hold for that sequence, and
 * records 1..n having the root of every signed checkpoint of size n over the gap. All or nothing:
 * one store transaction, at the log's tail as it was read (a writer that moved it fails the append).
 * Lines before the gap are skipped, lines after it ignored.
 * @throws ExportRefusedError naming the line or sequence that does not fit; file and store errors.
 */
export async function restoreFromExport(store: EventStore, gap: LedgerGap, logHeadHash: string, file: string): Promise<number> {
  const events: EventToAppend[] = [];
  const leaves: Buffer[] = [];
  let expected = gap.fromSequence;
  let previousHash = logHeadHash;
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const record = parseRecord(line, lineNumber);
    if (record['ledgerId'] !== gap.ledgerId) throw new ExportRefusedError(`line ${lineNumber} is a record of ledger ${JSON.stringify(record['ledgerId'])}, not ${gap.ledgerId}`);
    const sequence = record['sequence'];
    if (typeof sequence !== 'number' || sequence < expected) continue;
    if (sequence > gap.toSequence) break;
    if (sequence !== expected) throw new ExportRefusedError(`the export has no record ${expected} (line ${lineNumber} is record ${sequence})`);
    const { hash, ...unsealed } = record;
    const sealed = sealRecordText(unsealed);
    if (sealed.hash !== hash) throw new ExportRefusedError(`record ${sequence} (line ${lineNumber}): its hash does not match its content`);
    if (unsealed['previousHash'] !== previousHash) throw new ExportRefusedError(`record ${sequence} (line ${lineNumber}) does not link to record ${sequence - 1} of the log`);
    const known = gap.lostHashes.get(sequence);
    if (known !== undefined && known !== hash) {
      throw new ExportRefusedError(`record ${sequence} (line ${lineNumber}) is not the record the ledger acknowledged: hash ${String(hash)}, acknowledged ${known}`);
    }
    const metadata: LedgerEventMetadata = { schemaVersion: AUDIT_RECORD_SCHEMA_VERSION, sequence, hash: sealed.hash, previousHash };
    events.push({ eventId: String(record['eventId']), type: String(record['eventType']), data: record, dataText: sealed.text, metadata: metadata as unknown as Record<string, unknown> });
    leaves.push(hashLeaf(Buffer.from(sealed.hash, 'hex')));
    previousHash = sealed.hash;
    expected++;
  }
  if (expected <= gap.toSequence) {
    const still = expected === gap.toSequence ? `${expected}` : `${expected}..${gap.toSequence}`;
    throw new ExportRefusedError(`the export ends before record ${expected}: sequences ${still} would still be missing; nothing was appended`);
  }
  if (gap.lostHeadHash !== null && previousHash !== gap.lostHeadHash) throw new ExportRefusedError(`record ${gap.toSequence} is not the acknowledged head ${gap.lostHeadHash}`);
  await checkSignedRoots(store, gap, leaves);
  const stream = toLedgerStreamName(gap.ledgerId);
  await store.appendToStream(stream, events, { expectedRevision: gap.fromSequence === 1 ? NO_STREAM : gap.fromSequence - 2 });
  return events.length;
}

function parseRecord(line: string, lineNumber: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ExportRefusedError(`line ${lineNumber} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ExportRefusedError(`line ${lineNumber} is not a record`);
  return value as Record<string, unknown>;
}

/** Records 1..n of the log with the restored ones must have the root of every signed checkpoint over the gap. */
async function checkSignedRoots(store: EventStore, gap: LedgerGap, restored: readonly Buffer[]): Promise<void> {
  if (gap.supersededCheckpoints.length === 0) return;
  const tree = new MerkleTreeBuilder();
  const stream = toLedgerStreamName(gap.ledgerId);
  for (let revision = 0; revision < gap.fromSequence - 1; revision += PAGE) {
    const page = await store.readStream(stream, { fromRevision: revision, maxCount: Math.min(PAGE, gap.fromSequence - 1 - revision) });
    for (const event of page) tree.append(hashLeaf(Buffer.from((event.metadata as unknown as LedgerEventMetadata).hash, 'hex')));
  }
  const bySize = new Map(gap.supersededCheckpoints.map((c) => [c.treeSize, c.rootHash]));
  for (const leaf of restored) {
    tree.append(leaf);
    const root = bySize.get(tree.size);
    if (root !== undefined && tree.root().toString('hex') !== root) {
      throw new ExportRefusedError(`records 1..${tree.size} with the export's do not have the root of the signed checkpoint of size ${tree.size}; nothing was appended`);
    }
  }
}
