import { verifyChainSegment, type ChainedRecord, type ChainSegmentOptions, type ChainVerification } from './chain-verification.js';
import { computeRecordHash } from './record-hash.js';
import { checkStoredRecordText, type StoredRecordCheck } from './sealed-record-text.js';

/**
 * {@link verifyChainSegment} over stored record texts. Texts in the layout of sealRecordText are
 * checked from their bytes (one SHA-256 each, no parsing); any other text is parsed and
 * canonicalized. A text that is not JSON counts as an altered record. Same answers, same rules.
 */
export function verifyStoredChainSegment(texts: readonly string[], options: ChainSegmentOptions = {}): ChainVerification {
  const records: ChainedRecord[] = new Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const check = checkStoredRecordText(texts[i]!) ?? checkByParsing(texts[i]!);
    records[i] = check ?? { sequence: Number.NaN, previousHash: '', hash: '' };
  }
  return verifyChainSegment(records, { ...options, hashMatches: (record) => (record as PrecheckedRecord).hashValid === true });
}

type PrecheckedRecord = ChainedRecord & { hashValid?: boolean };

function checkByParsing(text: string): StoredRecordCheck | undefined {
  try {
    const record = JSON.parse(text) as ChainedRecord;
    if (typeof record !== 'object' || record === null) return undefined;
    return { hashValid: computeRecordHash(record) === record.hash, hash: record.hash, sequence: record.sequence, previousHash: record.previousHash };
  } catch {
    return undefined;
  }
}
