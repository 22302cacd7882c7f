import { isMerkleHash, sameBytes } from './hash-bytes.js';
import { hashChildren } from './merkle-hash.js';
import { half, isOdd, isPowerOfTwo, isTreeSize } from './tree-size-arithmetic.js';

/**
 * Whether `proof` proves that the tree of `toSize` leaves with root `toRoot` extends the tree of
 * `fromSize` leaves with root `fromRoot` (RFC 9162 §2.1.4.2). Never throws; false for:
 * - a size that is not a non-negative safe integer, fromSize > toSize, a root or proof hash that
 *   is not 32 bytes;
 * - fromSize == 0: RFC 9162 defines consistency proofs for 0 < first only, and an empty tree
 *   proves nothing (as transparency-dev/merkle, whose vectors expect an error there);
 * - fromSize == toSize unless the proof is empty and the roots are equal;
 * - otherwise, whatever the RFC's algorithm refuses (empty proof, too short, too long, or roots
 *   that do not come out as fromRoot and toRoot).
 */
export function verifyConsistency(
  fromSize: number,
  toSize: number,
  fromRoot: Uint8Array,
  toRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isTreeSize(fromSize) || !isTreeSize(toSize) || fromSize === 0 || fromSize > toSize) return false;
  if (!isMerkleHash(fromRoot) || !isMerkleHash(toRoot) || !Array.isArray(proof) || !proof.every(isMerkleHash)) return false;
  if (fromSize === toSize) return proof.length === 0 && sameBytes(fromRoot, toRoot);
  if (proof.length === 0) return false;
  // Step 2: when the old tree is a perfect subtree the proof leaves out its root, the verifier has it.
  const path = isPowerOfTwo(fromSize) ? [fromRoot, ...proof] : proof;
  let fn = fromSize - 1;
  let sn = toSize - 1;
  while (isOdd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
      }
    } else {
      sr = hashChildren(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && sameBytes(fr, fromRoot) && sameBytes(sr, toRoot);
}
