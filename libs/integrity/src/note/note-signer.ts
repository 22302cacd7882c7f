import * as crypto from 'node:crypto';
import { ED25519_SIGNATURE_TYPE, ed25519PrivateKeyFromSeed, rawEd25519PublicKey } from './ed25519-raw-key.js';
import { NoteKeyError } from './note.errors.js';
import { computeNoteKeyHash } from './note-key-hash.js';
import { splitNoteKey } from './note-key-parts.js';
import { formatNoteVerifierKey } from './note-verifier.js';

const PREFIX = 'PRIVATE+KEY+';

/** Signs notes with one private key. Holds the key in a closure: it is not a property, so it is not logged or serialized. */
export interface NoteSigner {
  readonly name: string;
  /** The key ID, an unsigned 32-bit integer. */
  readonly keyHash: number;
  /** The Ed25519 signature of `message` (64 bytes). Deterministic: same key and message, same bytes. */
  sign(message: Uint8Array): Buffer;
  /** The matching verifier key, safe to publish. */
  readonly verifierKey: string;
}

/**
 * The signer of a private key `PRIVATE+KEY+<name>+<hex key hash>+<base64(0x01 ‖ 32-byte Ed25519 seed)>`
 * (Go `note.NewSigner`). The key hash is checked against the public key derived from the seed.
 * @throws NoteKeyError when the key is malformed, of another signature type, or its key hash does not
 *   match. The message never contains the key text or any part of it.
 */
export function parseNoteSigner(privateKey: string): NoteSigner {
  if (typeof privateKey !== 'string') throw new NoteKeyError('private key: not a string');
  // Compared without slicing the input into the message: the prefix check must not echo the key.
  if (!privateKey.startsWith(PREFIX)) throw new NoteKeyError('private key: does not start with the private key prefix');
  const { name, keyHash, keyData } = splitNoteKey(privateKey.slice(PREFIX.length), 'private key');
  if (keyData[0] !== ED25519_SIGNATURE_TYPE) throw new NoteKeyError('private key: unknown signature type (only 0x01, Ed25519, is supported)');
  if (keyData.length !== 33) throw new NoteKeyError('private key: an Ed25519 seed must be 32 bytes');
  let key: crypto.KeyObject;
  try {
    key = ed25519PrivateKeyFromSeed(keyData.subarray(1));
  } catch {
    throw new NoteKeyError('private key: not a usable Ed25519 seed');
  }
  // The key hash is over the public key, which only exists once derived from the seed.
  const publicKey = rawEd25519PublicKey(key);
  const typedPublicKey = Buffer.concat([Buffer.of(ED25519_SIGNATURE_TYPE), publicKey]);
  if (computeNoteKeyHash(name, typedPublicKey) !== keyHash) throw new NoteKeyError('private key: the key hash does not match the name and key');
  const verifierKey = formatNoteVerifierKey(name, publicKey);
  return Object.freeze({
    name,
    keyHash,
    verifierKey,
    sign: (message: Uint8Array): Buffer => crypto.sign(null, message, key),
  });
}

/** The verifier key of a signer: the same as `signer.verifierKey`, for callers that prefer a function. */
export function verifierKeyOf(signer: NoteSigner): string {
  return signer.verifierKey;
}
