import type { ChainedRecord } from './chain-verification.js';
import { computeRecordHash, GENESIS_HASH } from './record-hash.js';

export interface RecordLinks {
  hashValid: boolean;
  previousLinkValid: boolean;
  nextLinkValid: boolean;
}

/**
 * Checks one record against its neighbours as stored. `predecessor` null means "none": valid only
 * for sequence 1 with a genesis previousHash. `successor` null means the record is the head.
 */
export function verifyRecordLinks(
  record: ChainedRecord,
  predecessor: ChainedRecord | null,
  successor: ChainedRecord | null,
): RecordLinks {
  let hashValid: boolean;
  try {
    hashValid = computeRecordHash(record) === record.hash;
  } catch {
    hashValid = false;
  }
  const previousLinkValid =
    predecessor === null
      ? record.sequence === 1 && record.previousHash === GENESIS_HASH
      : predecessor.sequence === record.sequence - 1 && record.previousHash === predecessor.hash;
  const nextLinkValid =
    successor === null || (successor.sequence === record.sequence + 1 && successor.previousHash === record.hash);
  return { hashValid, previousLinkValid, nextLinkValid };
}
