import { verifyChainSegment, type ChainedRecord, type ChainSegmentOptions, type ChainVerification } from './chain-verification.js';
import { computeRecordHash } from './record-hash.js';
import { checkStoredRecordText, type StoredRecordCheck } from './sealed-record-text.js';

/**
 * {@link verifyChainSegment} over stored record texts. Texts in the layout of sealRecordText are
 * checked from their bytes (one SHA-256 each, no parsing); any other text is parsed and
 * canonicalized. A text that is not a JSON record breaks the chain as `unreadable-record`.
 */
export function verifyStoredChainSegment(texts: readonly string[], options: ChainSegmentOptions = {}): ChainVerification {
  const checked: (StoredRecordCheck & ChainedRecord)[] = [];
  for (const text of texts) {
    const check = checkStoredRecordText(text) ?? checkByParsing(text);
    if (!check) break;
    checked.push(check);
  }
  const result = verifyChainSegment(checked, { ...options, hashMatches: (record) => (record as StoredRecordCheck).hashValid });
  if (!result.intact || checked.length === texts.length) return result;
  const sequence = (options.expectedFirstSequence ?? (options.predecessor ? options.predecessor.sequence + 1 : 1)) + checked.length;
  return {
    intact: false,
    verifiedCount: checked.length,
    firstBrokenSequence: sequence,
    reason: `sequence ${sequence}: the stored bytes are not valid JSON for a record (altered)`,
    reasonCode: 'unreadable-record',
  };
}

function checkByParsing(text: string): StoredRecordCheck | undefined {
  try {
    const record = JSON.parse(text) as ChainedRecord;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
    let hashValid = false;
    try {
      hashValid = computeRecordHash(record) === record.hash;
    } catch {
      // Not canonicalizable: altered.
    }
    return { hashValid, hash: record.hash, sequence: record.sequence, previousHash: record.previousHash };
  } catch {
    return undefined;
  }
}
