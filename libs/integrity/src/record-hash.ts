import { canonicalize } from './canonical-json.js';
import { sha256Hex } from './sha256-hex.js';

/** previousHash of sequence 1: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The record's hash (wire contract v1, docs/INTEGRITY.md): lowercase hex SHA-256 of the UTF-8
 * bytes of the RFC 8785 serialization of the record without its `hash` member. The input is not
 * modified; a `hash` member present on it is ignored.
 * @throws CanonicalizationError when the record holds a value JSON cannot carry.
 */
export function computeRecordHash(record: object): string {
  const { hash: _ignored, ...unsealed } = record as { hash?: unknown };
  return sha256Hex(canonicalize(unsealed));
}

/** The record with its `hash` member set. */
export function sealRecord<T extends object>(unsealed: T): T & { hash: string } {
  return { ...unsealed, hash: computeRecordHash(unsealed) };
}
