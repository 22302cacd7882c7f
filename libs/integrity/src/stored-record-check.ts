import type { ChainedRecord } from './chain-verification.js';
import { computeRecordHash } from './record-hash.js';
import { readSealedRecordBytes } from './sealed-record-bytes.js';
import { parseStoredJsonObject } from './stored-json-object.js';

/** What the stored bytes of a record say about themselves, checked against their own hash. */
export interface StoredRecordCheck extends ChainedRecord {
  /** The record hashes (wire contract v1) to its stored `hash`. */
  hashValid: boolean;
}

/**
 * Checks a record's stored bytes by the wire-contract hash rule. Records sealed by sealRecordText
 * and intact are checked from their bytes (see readSealedRecordBytes: one SHA-256, no decoding);
 * any other bytes (another layout, an altered record) are decoded as UTF-8, parsed and
 * canonicalized, so the fast path never changes an answer.
 * Returns undefined when the bytes are not the UTF-8 text of a JSON object: verifiers report such
 * a record as altered (unreadable). Never throws; `bytes` is only read.
 */
export function checkStoredRecordBytes(bytes: Uint8Array): StoredRecordCheck | undefined {
  const sealed = readSealedRecordBytes(bytes);
  return sealed ? { hashValid: true, ...sealed } : checkByParsing(bytes);
}

function checkByParsing(bytes: Uint8Array): StoredRecordCheck | undefined {
  const record = parseStoredJsonObject(bytes);
  if (!record) return undefined;
  const { hash, sequence, previousHash } = record as unknown as ChainedRecord;
  let hashValid = false;
  try {
    hashValid = computeRecordHash(record) === hash;
  } catch {
    // Not canonicalizable: altered.
  }
  return { hashValid, hash, sequence, previousHash };
}
