import * as crypto from 'node:crypto';
import { ED25519_SIGNATURE_TYPE, ed25519PublicKeyFromRaw } from './ed25519-raw-key.js';
import { NoteKeyError } from './note.errors.js';
import { computeNoteKeyHash, formatNoteKeyHash } from './note-key-hash.js';
import { isValidNoteKeyName } from './note-key-name.js';
import { splitNoteKey } from './note-key-parts.js';

/** Checks signatures by one key, identified in signature lines by its name and key hash. */
export interface NoteVerifier {
  readonly name: string;
  /** The key ID, an unsigned 32-bit integer. */
  readonly keyHash: number;
  /** Whether `signature` (without the 4-byte key hash) is this key's signature of `message`. Never throws. */
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}

/**
 * The verifier of a verifier key `<name>+<hex key hash>+<base64(0x01 ‖ 32-byte Ed25519 public key)>`
 * (C2SP signed-note, Go `note.NewVerifier`). Stricter than Go: the key hash must be lowercase and the
 * base64 canonical.
 * @throws NoteKeyError when the key is malformed, of another signature type, or its key hash does not
 *   match its name and key. The message never contains the key text.
 */
export function parseNoteVerifier(verifierKey: string): NoteVerifier {
  if (typeof verifierKey !== 'string') throw new NoteKeyError('verifier key: not a string');
  if (verifierKey.startsWith('PRIVATE+KEY+')) throw new NoteKeyError('verifier key: this is a private key; configure its verifier key instead');
  const { name, keyHash, keyData } = splitNoteKey(verifierKey, 'verifier key');
  if (computeNoteKeyHash(name, keyData) !== keyHash) throw new NoteKeyError('verifier key: the key hash does not match the name and key');
  if (keyData[0] !== ED25519_SIGNATURE_TYPE) throw new NoteKeyError('verifier key: unknown signature type (only 0x01, Ed25519, is supported)');
  if (keyData.length !== 33) throw new NoteKeyError('verifier key: an Ed25519 public key must be 32 bytes');
  let publicKey: crypto.KeyObject;
  try {
    publicKey = ed25519PublicKeyFromRaw(keyData.subarray(1));
  } catch {
    throw new NoteKeyError('verifier key: not a usable Ed25519 public key');
  }
  return Object.freeze({
    name,
    keyHash,
    verify(message: Uint8Array, signature: Uint8Array): boolean {
      if (signature.length !== 64) return false;
      try {
        return crypto.verify(null, message, publicKey, signature);
      } catch {
        return false;
      }
    },
  });
}

/**
 * The verifier key of a raw 32-byte Ed25519 public key (Go `note.NewEd25519VerifierKey`).
 * @throws NoteKeyError when the name is not a valid key name or the key is not 32 bytes.
 */
export function formatNoteVerifierKey(name: string, ed25519PublicKey: Uint8Array): string {
  if (!isValidNoteKeyName(name)) throw new NoteKeyError('key name: must be non-empty, without spaces, plus signs or control characters');
  if (ed25519PublicKey.length !== 32) throw new NoteKeyError('an Ed25519 public key must be 32 bytes');
  const typed = Buffer.concat([Buffer.of(ED25519_SIGNATURE_TYPE), ed25519PublicKey]);
  return `${name}+${formatNoteKeyHash(computeNoteKeyHash(name, typed))}+${typed.toString('base64')}`;
}
