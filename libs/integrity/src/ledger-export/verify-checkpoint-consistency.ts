import { verifyConsistency } from '../merkle/consistency-verification.js';
import { EMPTY_TREE_ROOT } from '../merkle/merkle-hash.js';
import { parseNoteVerifier } from '../note/note-verifier.js';
import { LEDGER_VERDICT_CODES as CODES, notVerified, type LedgerVerdictFailure } from './ledger-verdict.js';
import { isVerdictFailure, openPinnedCheckpoint } from './pinned-checkpoint.js';

/** The newer checkpoint's tree extends the older one's: the log only grew since. */
export interface CheckpointConsistencyVerified {
  verified: true;
  origin: string;
  oldSize: number;
  newSize: number;
}

export type CheckpointConsistencyVerdict = CheckpointConsistencyVerified | LedgerVerdictFailure;

const HASH_HEX = /^[0-9a-f]{64}$/;

/**
 * Whether the log of `newNote` is an append-only extension of the log of `oldNote` (a checkpoint
 * kept from earlier), given the consistency proof from the old size to the new one as lowercase hex
 * hashes (as `GET /v1/ledger/consistency-proof` returns them; empty when the sizes are equal).
 * Both notes must carry a valid signature by `verifierKey` and name the same origin. Fails:
 * - "the log is shorter than the checkpoint you kept" when the new size is smaller (truncated history);
 * - "the log was rewritten: checkpoint N is not a prefix of checkpoint M" when the proof does not
 *   lead from the old root to the new one (or the sizes are equal and the roots differ);
 * - "consistency proof malformed" when a proof hash is not 64 lowercase hex digits.
 * An old checkpoint of size 0 is a prefix of anything (no proof is needed), if its root is the
 * empty tree's.
 * @throws NoteKeyError when `verifierKey` is not a usable verifier key.
 */
export function verifyCheckpointConsistency(
  oldNote: string,
  newNote: string,
  verifierKey: string,
  proofHexes: readonly string[],
): CheckpointConsistencyVerdict {
  const verifier = parseNoteVerifier(verifierKey);
  const older = openPinnedCheckpoint(oldNote, verifier, 'old checkpoint');
  if (isVerdictFailure(older)) return older;
  const newer = openPinnedCheckpoint(newNote, verifier, 'new checkpoint');
  if (isVerdictFailure(newer)) return newer;
  if (older.origin !== newer.origin) {
    return notVerified(CODES.originMismatch, `the checkpoints are of different logs: ${JSON.stringify(older.origin)} and ${JSON.stringify(newer.origin)}`);
  }
  const [oldSize, newSize] = [older.treeSize, newer.treeSize];
  if (oldSize > newSize) {
    return notVerified(
      CODES.logShorter,
      `the log is shorter than the checkpoint you kept: it now has ${newSize} records, your checkpoint signed ${oldSize} (history was truncated or replaced)`,
    );
  }
  const bad = proofHexes.findIndex((hex) => typeof hex !== 'string' || !HASH_HEX.test(hex));
  if (bad >= 0) return notVerified(CODES.proofMalformed, `consistency proof malformed: hash ${bad + 1} is not 64 lowercase hex digits`);
  const consistent =
    oldSize === 0
      ? older.rootHash.equals(EMPTY_TREE_ROOT) && proofHexes.length === 0
      : verifyConsistency(oldSize, newSize, older.rootHash, newer.rootHash, proofHexes.map((hex) => Buffer.from(hex, 'hex')));
  if (!consistent) {
    return notVerified(
      CODES.notAPrefix,
      `the log was rewritten: checkpoint ${oldSize} is not a prefix of checkpoint ${newSize} (records you saw signed were changed, removed or reordered)`,
    );
  }
  return { verified: true, origin: newer.origin, oldSize, newSize };
}
