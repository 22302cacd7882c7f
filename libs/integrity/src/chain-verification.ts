import { computeRecordHash, GENESIS_HASH } from './record-hash.js';

/** The members of a record that the chain rule reads. */
export interface ChainedRecord {
  sequence: number;
  previousHash: string;
  hash: string;
}

/**
 * Each way a chain can break, named after what the verifier saw:
 * - `hash-mismatch`: the record's recomputed hash differs from its stored `hash` (a member was altered);
 * - `previous-hash-mismatch`: its `previousHash` is not the hash of the record before it;
 * - `genesis-previous-hash`: sequence 1 does not carry 64 zeros as `previousHash`;
 * - `sequence-gap`: the expected sequence is missing (a deleted record);
 * - `sequence-out-of-order`: the expected sequence comes later, or an earlier one repeats (reordered records);
 * - `unreadable-record`: stored bytes that are not a JSON record (only from verifyStoredChainSegment);
 * - `envelope-mismatch`: the store's envelope of the record (event id, type, metadata copies)
 *   disagrees with it (only from verifyStoredChainSegment given the envelopes).
 */
export type ChainBreakReason =
  | 'hash-mismatch'
  | 'previous-hash-mismatch'
  | 'genesis-previous-hash'
  | 'sequence-gap'
  | 'sequence-out-of-order'
  | 'unreadable-record'
  | 'envelope-mismatch';

/** The outcome of verifying a run of records; `reason` is a sentence naming the sequence. */
export interface ChainVerification {
  intact: boolean;
  /** Records that verified before the first break (all of them when intact). */
  verifiedCount: number;
  /** The first sequence that can no longer be trusted; null when intact. */
  firstBrokenSequence: number | null;
  reason: string | null;
  reasonCode: ChainBreakReason | null;
}

export interface ChainSegmentOptions {
  /**
   * The (already verified) record just before the segment. Null or absent with
   * expectedFirstSequence 1 means genesis; absent with a later expectedFirstSequence leaves the
   * first record's previousHash unchecked.
   */
  predecessor?: { sequence: number; hash: string } | null;
  /** Default: predecessor.sequence + 1, or 1. */
  expectedFirstSequence?: number;
  /** How a record's own hash is checked; default: recompute it (RFC 8785 + SHA-256). */
  hashMatches?: (record: ChainedRecord) => boolean;
}

/**
 * Verifies records in stored order: each must carry the next sequence, hash to its own `hash`
 * (RFC 8785 + SHA-256) and link to its predecessor's hash (64 zeros for sequence 1). Stops at
 * the first break: `firstBrokenSequence` is the first sequence that can no longer be trusted
 * (the missing one for a deletion, the first displaced one for a reordering, the altered record
 * for a tampered member, the successor for a record whose hash was recomputed after tampering)
 * and `verifiedCount` the records verified before it. Pure; never throws for a broken chain (a
 * record that cannot be canonicalized counts as a hash mismatch).
 */
export function verifyChainSegment(records: readonly ChainedRecord[], options: ChainSegmentOptions = {}): ChainVerification {
  let expected = options.expectedFirstSequence ?? (options.predecessor ? options.predecessor.sequence + 1 : 1);
  let previousHash = options.predecessor ? options.predecessor.hash : expected === 1 ? GENESIS_HASH : null;
  const hashMatches = options.hashMatches ?? recomputedHashMatches;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (record.sequence !== expected) {
      // A later record carrying the expected sequence means rows were reordered, not deleted.
      const reordered = record.sequence < expected || records.slice(i + 1).some((r) => r.sequence === expected);
      const code: ChainBreakReason = reordered ? 'sequence-out-of-order' : 'sequence-gap';
      const what = code === 'sequence-gap' ? 'is missing' : 'is out of order';
      return broken(i, expected, code, `sequence ${expected} ${what}: found sequence ${record.sequence} in its place`);
    }
    if (!hashMatches(record)) {
      return broken(i, expected, 'hash-mismatch', `sequence ${expected}: stored hash does not match the recomputed hash`);
    }
    if (previousHash !== null && record.previousHash !== previousHash) {
      const code: ChainBreakReason = expected === 1 ? 'genesis-previous-hash' : 'previous-hash-mismatch';
      const what = expected === 1 ? 'is not the genesis hash (64 zeros)' : `does not match the hash of sequence ${expected - 1}`;
      return broken(i, expected, code, `sequence ${expected}: previousHash ${what}`);
    }
    previousHash = record.hash;
    expected += 1;
  }
  return { intact: true, verifiedCount: records.length, firstBrokenSequence: null, reason: null, reasonCode: null };
}

function recomputedHashMatches(record: ChainedRecord): boolean {
  try {
    return computeRecordHash(record) === record.hash;
  } catch {
    return false;
  }
}

function broken(verifiedCount: number, sequence: number, reasonCode: ChainBreakReason, reason: string): ChainVerification {
  return { intact: false, verifiedCount, firstBrokenSequence: sequence, reason, reasonCode };
}
