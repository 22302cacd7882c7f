import { hashLeaf } from '../merkle/merkle-hash.js';
import { MerkleTreeBuilder } from '../merkle/merkle-tree-builder.js';
import { parseNoteVerifier } from '../note/note-verifier.js';
import { GENESIS_HASH } from '../record-hash.js';
import { readExportRecordLine } from './export-record-line.js';
import { LEDGER_VERDICT_CODES as CODES, notVerified, type LedgerVerdictFailure } from './ledger-verdict.js';
import { isVerdictFailure, openPinnedCheckpoint } from './pinned-checkpoint.js';

/** An export whose first `treeSize` records are exactly those the signed checkpoint commits to. */
export interface LedgerExportVerified {
  verified: true;
  /** The checkpoint's origin (`<LEDGER_LOG_ORIGIN>/<ledgerId>`). */
  origin: string;
  /** The checkpoint's tree size: records 1..treeSize are covered by its signature. */
  treeSize: number;
  /** Records read (treeSize + beyondCheckpoint). */
  records: number;
  /** Records after treeSize: hash- and link-checked, but no signature vouches for them. */
  beyondCheckpoint: number;
}

export type LedgerExportVerdict = LedgerExportVerified | LedgerVerdictFailure;

export interface LedgerExportProgress {
  records: number;
  treeSize: number;
}

/** Progress is reported after every this many records, and once at the end. */
export const LEDGER_EXPORT_PROGRESS_EVERY = 1024;

/**
 * Verifies a ledger export (NDJSON, one record a line in sequence order) against a signed
 * checkpoint, offline, streaming: memory is O(log n) for the Merkle tree and one record at a time.
 * Checks, in this order, and reports the first that fails:
 * 1. the note carries a valid signature by `verifierKey` and its body is a checkpoint;
 * 2. every line is a JSON object and the sequences run 1, 2, 3… without gap or repeat;
 * 3. every record's `hash` recomputes (RFC 8785, docs/INTEGRITY.md);
 * 4. every `previousHash` is the hash of the record before (64 zeros for record 1);
 * 5. the export holds at least records 1..treeSize;
 * 6. the Merkle root (RFC 9162; leaf data = the 32 bytes of `hash`) of records 1..treeSize is the
 *    checkpoint's root.
 * Checks 2–4 apply to every line, including those after treeSize (a break there fails the verdict:
 * the file is not what the ledger served), but records after treeSize are covered by no signature:
 * the verdict counts them in `beyondCheckpoint`. Empty lines at the end are ignored; an empty line
 * followed by a record is unreadable.
 * @throws NoteKeyError when `verifierKey` is not a usable verifier key (a usage error, not a verdict);
 *   whatever iterating `lines` throws (I/O).
 */
export async function verifyLedgerExport(
  lines: AsyncIterable<string> | Iterable<string>,
  checkpointNote: string,
  verifierKey: string,
  onProgress?: (progress: LedgerExportProgress) => void,
): Promise<LedgerExportVerdict> {
  const checkpoint = openPinnedCheckpoint(checkpointNote, parseNoteVerifier(verifierKey));
  if (isVerdictFailure(checkpoint)) return checkpoint;
  const { origin, treeSize } = checkpoint;
  const tree = new MerkleTreeBuilder();
  let rootAtTreeSize = treeSize === 0 ? tree.root() : undefined;
  let expected = 1;
  let previousHash = GENESIS_HASH;
  let lineNumber = 0;
  let firstEmptyLine: number | undefined;
  for await (const line of lines) {
    lineNumber++;
    if (line === '') {
      firstEmptyLine ??= lineNumber;
      continue;
    }
    if (firstEmptyLine !== undefined) {
      return notVerified(CODES.recordUnreadable, `record ${expected}: line ${firstEmptyLine} is empty`, expected);
    }
    const record = readExportRecordLine(line);
    if (typeof record === 'string') {
      return notVerified(CODES.recordUnreadable, `record ${expected}: line ${lineNumber} ${record}`, expected);
    }
    if (record.sequence > expected) {
      return notVerified(CODES.sequenceGap, `record ${expected} is missing or out of place: line ${lineNumber} holds record ${record.sequence}`, expected);
    }
    if (record.sequence < expected) {
      return notVerified(
        CODES.sequenceOutOfOrder,
        `record ${expected}: line ${lineNumber} holds record ${record.sequence} again or out of order, after record ${expected - 1}`,
        expected,
      );
    }
    if (!record.hashValid) return notVerified(CODES.hashMismatch, `record ${expected}: hash does not match its content`, expected);
    if (record.previousHash !== previousHash) {
      const what = expected === 1 ? 'is not the genesis hash (64 zeros)' : `does not match the hash of record ${expected - 1}`;
      return notVerified(CODES.previousHashMismatch, `record ${expected}: previousHash ${what}`, expected);
    }
    if (expected <= treeSize) tree.append(hashLeaf(Buffer.from(record.hash, 'hex')));
    if (expected === treeSize) rootAtTreeSize = tree.root();
    previousHash = record.hash;
    if (expected % LEDGER_EXPORT_PROGRESS_EVERY === 0) onProgress?.({ records: expected, treeSize });
    expected++;
  }
  const records = expected - 1;
  onProgress?.({ records, treeSize });
  if (rootAtTreeSize === undefined) {
    return notVerified(
      CODES.truncated,
      `the export ends after record ${records}, but the checkpoint covers records 1..${treeSize}: record ${records + 1} is missing`,
      records + 1,
    );
  }
  if (!rootAtTreeSize.equals(checkpoint.rootHash)) {
    return notVerified(
      CODES.rootMismatch,
      `records 1..${treeSize} do not have the checkpoint's Merkle root: every record hashes and links, ` +
        'so the history was rewritten consistently (hashes recomputed), or the checkpoint is of another log',
    );
  }
  return { verified: true, origin, treeSize, records, beyondCheckpoint: records - treeSize };
}
