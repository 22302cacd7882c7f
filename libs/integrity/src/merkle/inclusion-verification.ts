import { asBuffer, isMerkleHash, sameBytes } from './hash-bytes.js';
import { hashChildren } from './merkle-hash.js';
import { MerkleProofError } from './merkle-proof-error.js';
import { half, isOdd, isTreeSize } from './tree-size-arithmetic.js';

/**
 * How many hashes PATH(index, D[0:size]) has (RFC 9162 §2.1.3.2's iteration count).
 * Precondition: 0 ≤ index < size, safe integers.
 */
export function inclusionProofLength(index: number, size: number): number {
  let length = 0;
  let fn = index;
  let sn = size - 1;
  while (sn > 0) {
    if (!isOdd(fn) && fn === sn) {
      while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    }
    [fn, sn] = [half(fn), half(sn)];
    length++;
  }
  return length;
}

/**
 * The root that an inclusion proof leads to from the leaf hash at `index` of a tree of `size`
 * leaves: RFC 9162 §2.1.3.2 steps 1–4 (step 5, comparing with the root, is verifyInclusion's).
 * @throws MerkleProofError when the input is malformed: index or size not a safe non-negative
 *   integer, index ≥ size, a leaf hash or proof hash that is not 32 bytes, or a proof with more
 *   or fewer hashes than that leaf's path has.
 */
export function rootFromInclusionProof(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[]): Buffer {
  if (!isTreeSize(index) || !isTreeSize(size)) {
    throw new MerkleProofError(`index and size must be non-negative safe integers, got index ${index}, size ${size}`);
  }
  if (index >= size) throw new MerkleProofError(`leaf index ${index} is not in a tree of size ${size}`);
  if (!isMerkleHash(leafHash)) throw new MerkleProofError('the leaf hash is not 32 bytes');
  const expected = inclusionProofLength(index, size);
  if (!Array.isArray(proof) || proof.length !== expected) {
    throw new MerkleProofError(`the proof has ${proof?.length} hashes; leaf ${index} of a tree of size ${size} needs ${expected}`);
  }
  let fn = index;
  let sn = size - 1;
  let r = asBuffer(leafHash);
  for (const [i, p] of proof.entries()) {
    if (!isMerkleHash(p)) throw new MerkleProofError(`proof hash ${i} is not 32 bytes`);
    if (isOdd(fn) || fn === sn) {
      r = hashChildren(p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
      }
    } else {
      r = hashChildren(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return r;
}

/**
 * Whether `proof` proves that `leafHash` is the leaf at `index` of the tree of `size` leaves whose
 * root is `root` (RFC 9162 §2.1.3.2). Never throws: malformed input (see rootFromInclusionProof),
 * a root that is not 32 bytes, and a wrong proof all give false.
 *
 * The proof binds `size` only through its shape (leaf 6 has the same path in every tree of 9 to
 * 16 leaves): take size and root together from one signed checkpoint, never from the prover.
 */
export function verifyInclusion(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  try {
    return isMerkleHash(root) && sameBytes(rootFromInclusionProof(index, size, leafHash, proof), root);
  } catch (error) {
    if (error instanceof MerkleProofError) return false;
    throw error;
  }
}
