import { recomputeRecordHash, type StoredRecord } from './record-hash.js';

export const GENESIS_PREVIOUS_HASH = '0'.repeat(64);

/** Where a chain first breaks, and why. */
export interface ChainBreak {
  sequence: number;
  reason: string;
}

/**
 * Checks records one at a time in sequence order (docs/INTEGRITY.md's chain rule): each record's
 * sequence follows the last, its previousHash is the last record's hash, and its hash is that of its
 * content. Starts at `firstSequence` after a record whose hash was `previousHash`.
 */
export class ChainChecker {
  private expectedSequence: number;
  private previousHash: string;
  checked = 0;
  broken: ChainBreak | undefined;

  constructor(firstSequence = 1, previousHash = GENESIS_PREVIOUS_HASH) {
    this.expectedSequence = firstSequence;
    this.previousHash = previousHash;
  }

  /** Checks the next record; returns the break once there is one (later records are not checked). */
  async push(record: StoredRecord): Promise<ChainBreak | undefined> {
    if (this.broken) return this.broken;
    const expected = this.expectedSequence;
    if (record.sequence !== expected) {
      this.broken = { sequence: expected, reason: `sequence ${expected} is missing or out of order (found ${record.sequence})` };
    } else if ((await recomputeRecordHash(record)) !== record.hash) {
      this.broken = { sequence: expected, reason: 'hash does not match the record' };
    } else if (record.previousHash !== this.previousHash) {
      this.broken = { sequence: expected, reason: 'previousHash does not link to the record before' };
    } else {
      this.checked++;
      this.expectedSequence++;
      this.previousHash = record.hash;
    }
    return this.broken;
  }

  /** The hash the next record must link to (the last checked record's). */
  get headHash(): string {
    return this.previousHash;
  }
}
