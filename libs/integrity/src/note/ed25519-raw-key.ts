import * as crypto from 'node:crypto';

/** Signature type byte of Ed25519 in C2SP signed-note keys and key IDs. */
export const ED25519_SIGNATURE_TYPE = 0x01;

// Node takes Ed25519 keys as DER, not as raw bytes. Both RFC 8410 encodings have only fixed-length
// fields, so the raw key is always the tail after a constant prefix; these prefixes are what
// `openssl genpkey -algorithm ed25519 -outform DER | xxd` (PKCS#8) and
// `openssl pkey -pubout -outform DER | xxd` (SPKI) print before the 32 key bytes. DER was chosen
// over JWK because a private JWK must also carry the public key, which is what we want to derive.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The private KeyObject of a 32-byte Ed25519 seed (RFC 8032 private key). Precondition: 32 bytes. */
export function ed25519PrivateKeyFromSeed(seed: Uint8Array): crypto.KeyObject {
  return crypto.createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The public KeyObject of a 32-byte Ed25519 public key. Precondition: 32 bytes. */
export function ed25519PublicKeyFromRaw(publicKey: Uint8Array): crypto.KeyObject {
  return crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
}

/** The 32 raw bytes of an Ed25519 public key (given it or its private key). */
export function rawEd25519PublicKey(key: crypto.KeyObject): Buffer {
  const publicKey = key.type === 'private' ? crypto.createPublicKey(key) : key;
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_PREFIX.length);
}

/** The 32-byte seed of an Ed25519 private key. */
export function rawEd25519Seed(privateKey: crypto.KeyObject): Buffer {
  return privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(PKCS8_PREFIX.length);
}
