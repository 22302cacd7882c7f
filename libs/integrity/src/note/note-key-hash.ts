import * as crypto from 'node:crypto';

/**
 * The key ID of C2SP signed-note (Go's "key hash"): the first four bytes, big-endian, of
 * SHA-256(name ‖ 0x0A ‖ typed key), where the typed key is the signature type byte followed by the
 * public key (0x01 ‖ 32 bytes for Ed25519).
 */
export function computeNoteKeyHash(name: string, typedPublicKey: Uint8Array): number {
  return crypto.createHash('sha256').update(name, 'utf8').update('\n').update(typedPublicKey).digest().readUInt32BE(0);
}

/** The key hash as it is written in keys: eight lowercase hex digits. */
export function formatNoteKeyHash(keyHash: number): string {
  return keyHash.toString(16).padStart(8, '0');
}

/** Whether `value` can be a key hash: an integer in [0, 2³²). */
export function isNoteKeyHash(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 0xffff_ffff;
}
