import type { ChainedRecord } from './chain-verification.js';
import { computeRecordHash, GENESIS_HASH } from './record-hash.js';

/** What the single-event verify endpoint reports about one record. */
export interface RecordLinks {
  hashValid: boolean;
  previousLinkValid: boolean;
  nextLinkValid: boolean;
}

/**
 * Checks one record against its neighbours as stored: its own hash (recomputed), the link to its
 * predecessor, and its successor's link to it (sequence + 1, previousHash = this hash).
 * `predecessor` null or absent means "none": valid only for sequence 1 with a genesis previousHash
 * (64 zeros). `successor` null or absent means the record is the head: nothing to contradict it.
 * Never throws; a record that cannot be canonicalized has `hashValid` false.
 */
export function verifyRecordLinks(
  record: ChainedRecord,
  predecessor: ChainedRecord | null = null,
  successor: ChainedRecord | null = null,
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
