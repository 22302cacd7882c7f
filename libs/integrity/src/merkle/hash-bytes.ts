import { MERKLE_HASH_SIZE } from './merkle-hash.js';

/** A Buffer over the same bytes (no copy) for any Uint8Array. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A Buffer holding a copy of the bytes, immune to later changes of the input. */
export const copyOf = (bytes: Uint8Array): Buffer => Buffer.from(bytes);

export const isMerkleHash = (bytes: unknown): bytes is Uint8Array =>
  bytes instanceof Uint8Array && bytes.length === MERKLE_HASH_SIZE;

export const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => asBuffer(a).equals(b);
