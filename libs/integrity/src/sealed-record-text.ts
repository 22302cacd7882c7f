import { canonicalize } from './canonical-json.js';
import { sha256Hex } from './sha256-hex.js';

const PREFIX = '{"hash":"';
/** Offset of the `",` after the 64 hex digits of the hash. */
const HASH_END = PREFIX.length + 64;
const HEX64 = /^[0-9a-f]{64}$/;

/** A record's storage form and its hash. */
export interface SealedRecordText {
  hash: string;
  /** `{"hash":"<hash>",` followed by the record's RFC 8785 form without its opening brace. */
  text: string;
}

/**
 * Seals a record for storage: its hash (wire contract v1) and a JSON text that parses to the
 * record with `hash`, laid out so the hashed bytes can be checked without parsing: the `hash`
 * member first, then exactly the RFC 8785 bytes that were hashed. The text is valid JSON with
 * the same members as the record; only the member order differs from RFC 8785.
 * @throws CanonicalizationError when the record holds a value JSON cannot carry.
 */
export function sealRecordText(unsealed: object): SealedRecordText {
  const canonical = canonicalize(unsealed);
  const hash = sha256Hex(canonical);
  return { hash, text: canonical === '{}' ? `${PREFIX}${hash}"}` : `${PREFIX}${hash}",${canonical.slice(1)}` };
}

/** What the stored text of a sealed record says about itself, checked against its own bytes. */
export interface StoredRecordCheck {
  hashValid: boolean;
  hash: string;
  sequence: number;
  previousHash: string;
}

/**
 * Checks a text produced by {@link sealRecordText} without parsing it: the hashed bytes are
 * rebuilt by removing the leading `hash` member, and `sequence` and `previousHash` are read from
 * those bytes. In RFC 8785 order only string and number members follow the top-level
 * `previousHash` and `sequence`, and a JSON string cannot hold an unescaped quote, so the last
 * occurrence of each member name is the top-level one.
 * Returns undefined when the text is not in that layout (verify it by parsing instead).
 */
export function checkStoredRecordText(text: string): StoredRecordCheck | undefined {
  if (!text.startsWith(PREFIX) || text.charCodeAt(HASH_END) !== 0x22) return undefined;
  const hash = text.slice(PREFIX.length, HASH_END);
  if (!HEX64.test(hash)) return undefined;
  const next = text.charCodeAt(HASH_END + 1);
  const hashed = next === 0x2c ? '{' + text.slice(HASH_END + 2) : next === 0x7d ? '{}' : undefined;
  if (hashed === undefined) return undefined;
  const sequence = numberAfter(hashed, '"sequence":');
  const previousHash = stringAfter(hashed, '"previousHash":"', 64);
  if (sequence === undefined || previousHash === undefined) return undefined;
  return { hashValid: sha256Hex(hashed) === hash, hash, sequence, previousHash };
}

function numberAfter(text: string, name: string): number | undefined {
  const at = text.lastIndexOf(name);
  if (at < 0) return undefined;
  const match = /^\d{1,16}/.exec(text.slice(at + name.length, at + name.length + 17));
  return match ? Number(match[0]) : undefined;
}

function stringAfter(text: string, name: string, length: number): string | undefined {
  const at = text.lastIndexOf(name);
  if (at < 0) return undefined;
  const start = at + name.length;
  return text.charCodeAt(start + length) === 0x22 ? text.slice(start, start + length) : undefined;
}
