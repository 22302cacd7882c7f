import { canonicalize } from './canonical-json.js';
import { sha256Hex } from './sha256-hex.js';

const PREFIX = '{"hash":"';

/** A record's storage form and its hash. */
export interface SealedRecordText {
  hash: string;
  /** `{"hash":"<hash>",` followed by the record's RFC 8785 form without its opening brace. */
  text: string;
}

/**
 * Seals a record for storage: its hash (wire contract v1) and a JSON text that parses to the
 * record with `hash`, laid out so the hashed bytes can be checked without parsing: the `hash`
 * member first, then exactly the RFC 8785 bytes that were hashed (readSealedRecordBytes checks
 * them from the stored bytes). The text is valid JSON with the same members as the record; only
 * the member order differs from RFC 8785.
 * @throws CanonicalizationError when the record holds a value JSON cannot carry.
 */
export function sealRecordText(unsealed: object): SealedRecordText {
  const canonical = canonicalize(unsealed);
  const hash = sha256Hex(canonical);
  return { hash, text: canonical === '{}' ? `${PREFIX}${hash}"}` : `${PREFIX}${hash}",${canonical.slice(1)}` };
}
