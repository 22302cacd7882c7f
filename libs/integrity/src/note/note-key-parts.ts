import { decodeCanonicalBase64 } from './canonical-base64.js';
import { NoteKeyError } from './note.errors.js';
import { isValidNoteKeyName } from './note-key-name.js';

/** The three `+`-separated parts of a key after any prefix; the key data may itself contain `+`. */
export interface NoteKeyParts {
  name: string;
  keyHash: number;
  /** Signature type byte followed by the key material. */
  keyData: Buffer;
}

/**
 * Splits `<name>+<8 lowercase hex>+<canonical base64>`.
 * @throws NoteKeyError naming the part that is wrong (`what` says which kind of key), never its text.
 */
export function splitNoteKey(text: string, what: string): NoteKeyParts {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  if (second < 0) throw new NoteKeyError(`${what}: expected name, key hash and key data separated by plus signs`);
  const name = text.slice(0, first);
  const hashHex = text.slice(first + 1, second);
  const keyData = decodeCanonicalBase64(text.slice(second + 1));
  if (!isValidNoteKeyName(name)) {
    throw new NoteKeyError(`${what}: the key name must be non-empty, without spaces, plus signs or control characters`);
  }
  if (!/^[0-9a-f]{8}$/.test(hashHex)) throw new NoteKeyError(`${what}: the key hash must be 8 lowercase hex digits`);
  if (keyData === undefined || keyData.length === 0) throw new NoteKeyError(`${what}: the key data is not canonical padded base64`);
  return { name, keyHash: Number.parseInt(hashHex, 16), keyData };
}
