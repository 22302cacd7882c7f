import { verifyChainSegment, type ChainSegmentOptions, type ChainVerification } from './chain-verification.js';
import { checkStoredRecordBytes, type StoredRecordCheck } from './stored-record-check.js';

/** {@link verifyChainSegment}'s answer, and where the next segment continues from. */
export interface StoredChainVerification extends ChainVerification {
  /**
   * Sequence and stored hash of the last record verified: the predecessor of the next segment.
   * The given predecessor (or null) when no record verified.
   */
  lastVerified: { sequence: number; hash: string } | null;
}

/**
 * {@link verifyChainSegment} over records' stored bytes, in stored order; each is checked by
 * checkStoredRecordBytes (from its bytes when sealed and intact, else by parsing). Bytes that are
 * not the UTF-8 text of a JSON object break the chain as `unreadable-record` at their sequence,
 * unless the chain broke before them. Pure; never throws; the arrays are only read.
 */
export function verifyStoredChainSegment(records: readonly Uint8Array[], options: ChainSegmentOptions = {}): StoredChainVerification {
  const checked: StoredRecordCheck[] = [];
  for (const bytes of records) {
    const check = checkStoredRecordBytes(bytes);
    if (!check) break;
    checked.push(check);
  }
  const result = verifyChainSegment(checked, { ...options, hashMatches: (record) => (record as StoredRecordCheck).hashValid });
  const last = result.verifiedCount > 0 ? checked[result.verifiedCount - 1]! : options.predecessor;
  const lastVerified = last ? { sequence: last.sequence, hash: last.hash } : null;
  if (!result.intact || checked.length === records.length) return { ...result, lastVerified };
  const sequence = (options.expectedFirstSequence ?? (options.predecessor ? options.predecessor.sequence + 1 : 1)) + checked.length;
  return {
    intact: false,
    verifiedCount: checked.length,
    firstBrokenSequence: sequence,
    reason: `sequence ${sequence}: the stored bytes are not valid JSON for a record (altered)`,
    reasonCode: 'unreadable-record',
    lastVerified,
  };
}
