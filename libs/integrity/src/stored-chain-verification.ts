import { verifyChainSegment, type ChainSegmentOptions, type ChainVerification } from './chain-verification.js';
import { checkStoredRecordBytes, type StoredRecordCheck } from './stored-record-check.js';
import { describeEnvelopeMismatches, envelopeMismatches, type EnvelopeMismatch, type RecordEnvelope } from './envelope/envelope-check.js';
import { readRecordIdentity } from './envelope/record-identity.js';

/** {@link verifyStoredChainSegment}'s options: the chain's, and the records' store envelopes. */
export interface StoredChainSegmentOptions extends ChainSegmentOptions {
  /**
   * The store's envelope of each record (same order): each must agree with its record
   * (envelopeMismatches), else the chain breaks there as `envelope-mismatch`. Absent: not checked.
   */
  envelopes?: readonly RecordEnvelope[];
}

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
export function verifyStoredChainSegment(records: readonly Uint8Array[], options: StoredChainSegmentOptions = {}): StoredChainVerification {
  const { envelopes, ...chainOptions } = options;
  const checked: StoredRecordCheck[] = [];
  let envelopeBreak: readonly EnvelopeMismatch[] | undefined;
  for (const [index, bytes] of records.entries()) {
    const check = checkStoredRecordBytes(bytes);
    if (!check) break;
    checked.push(check);
    envelopeBreak = envelopes && mismatchesOf(bytes, check, envelopes[index]);
    if (envelopeBreak) break;
  }
  const result = verifyChainSegment(checked, { ...chainOptions, hashMatches: (record) => (record as StoredRecordCheck).hashValid });
  const last = result.verifiedCount > 0 ? checked[result.verifiedCount - 1]! : options.predecessor;
  const lastVerified = last ? { sequence: last.sequence, hash: last.hash } : null;
  if (!result.intact || (checked.length === records.length && !envelopeBreak)) return { ...result, lastVerified };
  const firstSequence = options.expectedFirstSequence ?? (options.predecessor ? options.predecessor.sequence + 1 : 1);
  if (envelopeBreak) {
    // The chain holds up to and including this record: what breaks is its envelope.
    const verifiedCount = checked.length - 1;
    const previous = verifiedCount > 0 ? checked[verifiedCount - 1]! : options.predecessor;
    const sequence = firstSequence + verifiedCount;
    return {
      intact: false,
      verifiedCount,
      firstBrokenSequence: sequence,
      reason: `sequence ${sequence}: ${describeEnvelopeMismatches(envelopeBreak)} (the store's envelope was altered)`,
      reasonCode: 'envelope-mismatch',
      lastVerified: previous ? { sequence: previous.sequence, hash: previous.hash } : null,
    };
  }
  const sequence = firstSequence + checked.length;
  return {
    intact: false,
    verifiedCount: checked.length,
    firstBrokenSequence: sequence,
    reason: `sequence ${sequence}: the stored bytes are not valid JSON for a record (altered)`,
    reasonCode: 'unreadable-record',
    lastVerified,
  };
}

const UNKNOWN_IDENTITY = { eventId: undefined, eventType: undefined };

/** The envelope's disagreements with the record, or undefined when it agrees (or none was given). */
function mismatchesOf(bytes: Uint8Array, check: StoredRecordCheck, envelope: RecordEnvelope | undefined): readonly EnvelopeMismatch[] | undefined {
  if (!envelope) return undefined;
  const mismatches = envelopeMismatches(readRecordIdentity(bytes) ?? UNKNOWN_IDENTITY, check, envelope);
  return mismatches.length > 0 ? mismatches : undefined;
}
