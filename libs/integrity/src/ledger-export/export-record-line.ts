import { computeRecordHash } from '../record-hash.js';

/** The members of an exported record the verifier reads, and whether it hashes to its own `hash`. */
export interface ExportRecordLine {
  sequence: number;
  hash: string;
  previousHash: unknown;
  /** The record's RFC 8785 hash (wire contract v1) equals its `hash` member. */
  hashValid: boolean;
}

/**
 * Reads one line of a ledger export: a JSON object with a positive integer `sequence`. Returns a
 * phrase saying what is wrong ("is not valid JSON", …) when it is not one. A record that cannot be
 * canonicalized, or whose `hash` is not a string, is readable but has `hashValid` false. Never throws.
 */
export function readExportRecordLine(line: string): ExportRecordLine | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return 'is not valid JSON';
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'is not a JSON object';
  const { sequence, hash, previousHash } = record as Record<string, unknown>;
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 1) return 'has no positive integer sequence';
  if (typeof hash !== 'string') return { sequence, hash: '', previousHash, hashValid: false };
  let hashValid = false;
  try {
    hashValid = computeRecordHash(record) === hash;
  } catch {
    // A value RFC 8785 cannot carry: the record is not what was sealed.
  }
  return { sequence, hash, previousHash, hashValid };
}
