import { concatBytes, fromBase64, utf8 } from './bytes.js';
import { sha256 } from './sha256.js';

/** A parsed note verifier key (Go `sumdb/note` form: `<name>+<8 hex key hash>+<base64(0x01 ‖ Ed25519 public key)>`). */
export interface VerifierKey {
  text: string;
  name: string;
  keyHash: number;
  publicKey: CryptoKey;
}

const ED25519 = 0x01;

/**
 * Parses a verifier key and checks that its key hash is the one its name and key give
 * (the first 4 bytes of SHA-256(name ‖ "\n" ‖ 0x01 ‖ key)), so a mistyped key is refused here,
 * not later as "not signed by the pinned key".
 * @returns the key, or a sentence saying what is wrong with the text.
 */
export async function parseVerifierKey(text: string): Promise<VerifierKey | string> {
  const trimmed = text.trim();
  // The name holds no '+'; the key data (base64) may.
  const first = trimmed.indexOf('+');
  const name = trimmed.slice(0, first);
  const hashHex = trimmed.slice(first + 1, first + 9);
  const data = trimmed.slice(first + 10);
  if (first <= 0 || trimmed[first + 9] !== '+' || !/^[0-9a-f]{8}$/.test(hashHex) || /\s/.test(name)) {
    return 'a verifier key reads <name>+<8 hex digits>+<base64 key>';
  }
  let key: Uint8Array;
  try {
    key = fromBase64(data);
  } catch {
    return 'the key data is not base64';
  }
  if (key.length !== 33 || key[0] !== ED25519) return 'the key is not an Ed25519 key (0x01 and 32 bytes)';
  const keyHash = parseInt(hashHex, 16);
  if ((await noteKeyHash(name, key)) !== keyHash) return 'the key hash does not match the name and key (a typo?)';
  const publicKey = await crypto.subtle.importKey('raw', key.slice(1), { name: 'Ed25519' }, false, ['verify']);
  return { text: trimmed, name, keyHash, publicKey };
}

/** The 4-byte key hash of a note key, as an unsigned integer. */
export async function noteKeyHash(name: string, typedKey: Uint8Array): Promise<number> {
  const digest = await sha256(concatBytes(utf8(name), utf8('\n'), typedKey));
  return ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
}
