import * as crypto from 'node:crypto';

/** Bytes in every hash of the tree (SHA-256). */
export const MERKLE_HASH_SIZE = 32;

// One-shot hashing (Node ≥ 20.12) into a reused scratch buffer: a tree hashes many 65-byte inputs.
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;
const sha256 = (data: Uint8Array): Buffer =>
  oneShot ? oneShot('sha256', data, 'buffer') : crypto.createHash('sha256').update(data).digest();
const interior = Buffer.alloc(1 + 2 * MERKLE_HASH_SIZE);

/** The root of the empty tree, MTH({}) = SHA-256 of the empty string (RFC 9162 §2.1.1). */
export const EMPTY_TREE_ROOT: Buffer = sha256(new Uint8Array(0));

/** RFC 9162 §2.1.1 leaf hash: SHA-256(0x00 ‖ data), for leaf data of any length. */
export function hashLeaf(data: Uint8Array): Buffer {
  return sha256(Buffer.concat([Buffer.of(0x00), data]));
}

/**
 * RFC 9162 §2.1.1 interior node hash: SHA-256(0x01 ‖ left ‖ right).
 * The inputs are normally 32-byte hashes; other lengths are hashed as given (no check here).
 */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== MERKLE_HASH_SIZE || right.length !== MERKLE_HASH_SIZE) {
    return sha256(Buffer.concat([Buffer.of(0x01), left, right]));
  }
  interior[0] = 0x01;
  interior.set(left, 1);
  interior.set(right, 1 + MERKLE_HASH_SIZE);
  return sha256(interior);
}
