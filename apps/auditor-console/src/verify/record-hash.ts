import { canonicalJson } from './canonical-json.js';
import { sha256HexOfText } from './sha256.js';

/** The members of a record the verifier reads; every other member is hashed too. */
export interface StoredRecord {
  eventId: string;
  sequence: number;
  previousHash: string;
  hash: string;
  [member: string]: unknown;
}

/** The RFC 8785 text that is hashed: the record without its `hash` member. */
export function recordCanonicalText(record: StoredRecord): string {
  const { hash: _hash, ...body } = record;
  return canonicalJson(body);
}

/** `hash` as docs/INTEGRITY.md defines it: lowercase hex SHA-256 of the RFC 8785 form without `hash`. */
export async function recomputeRecordHash(record: StoredRecord): Promise<string> {
  return sha256HexOfText(recordCanonicalText(record));
}
