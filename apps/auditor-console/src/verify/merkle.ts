import { fromHex, sameBytes } from './bytes.js';
import { sha256 } from './sha256.js';

/** RFC 9162 §2.1: the tree hashes, written for the console (the server has its own). */
const LEAF = Uint8Array.of(0x00);
const NODE = Uint8Array.of(0x01);
const HASH_BYTES = 32;

/** Leaf hash of a ledger record: SHA-256(0x00 ‖ the 32 bytes of its hex `hash`) (docs/INTEGRITY.md). */
export function recordLeafHash(recordHashHex: string): Promise<Uint8Array> {
  return sha256(LEAF, fromHex(recordHashHex));
}

/** SHA-256(0x00 ‖ data). */
export const hashLeaf = (data: Uint8Array): Promise<Uint8Array> => sha256(LEAF, data);

/** SHA-256(0x01 ‖ left ‖ right). */
export const hashChildren = (left: Uint8Array, right: Uint8Array): Promise<Uint8Array> => sha256(NODE, left, right);

const isSize = (n: number) => Number.isSafeInteger(n) && n >= 0;
const isOdd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);
const isHash = (h: Uint8Array) => h.length === HASH_BYTES;

/**
 * RFC 9162 §2.1.3.2: does `proof` show the leaf hash at `index` in the tree of `size` leaves whose root is `root`?
 * False (never a throw) for any malformed input: indexes that are not safe integers, index ≥ size,
 * hashes that are not 32 bytes, a proof too short or too long.
 */
export async function verifyInclusion(index: number, size: number, leafHash: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): Promise<boolean> {
  if (!isSize(index) || !isSize(size) || index >= size) return false;
  if (!isHash(leafHash) || !isHash(root) || !proof.every(isHash)) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = await hashChildren(p, r);
      if (!isOdd(fn)) [fn, sn] = shiftWhileEven(fn, sn);
    } else {
      r = await hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && sameBytes(r, root);
}

/**
 * RFC 9162 §2.1.4.2: is the tree of `size2` leaves with root `root2` an extension of the one of `size1`
 * with root `root1`? False (never a throw) for malformed input, as verifyInclusion.
 */
export async function verifyConsistency(size1: number, size2: number, root1: Uint8Array, root2: Uint8Array, proof: readonly Uint8Array[]): Promise<boolean> {
  if (!isSize(size1) || !isSize(size2) || size2 < size1) return false;
  if (!isHash(root1) || !isHash(root2) || !proof.every(isHash)) return false;
  // Equal sizes: nothing to prove but equal roots. The empty tree is a prefix of every tree.
  if (size1 === size2) return proof.length === 0 && sameBytes(root1, root2);
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = await hashChildren(c, fr);
      sr = await hashChildren(c, sr);
      if (!isOdd(fn)) [fn, sn] = shiftWhileEven(fn, sn);
    } else {
      sr = await hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && sameBytes(fr, root1) && sameBytes(sr, root2);
}

/** Right-shifts both until `fn` is odd or 0 (the step both RFC 9162 verifiers share). */
function shiftWhileEven(fn: number, sn: number): [number, number] {
  while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
  return [fn, sn];
}

function isPowerOfTwo(n: number): boolean {
  while (n > 1) {
    if (isOdd(n)) return false;
    n = half(n);
  }
  return n === 1;
}

/** RFC 9162 §2.1.1 MTH over leaf hashes (for the offline check of a whole export). */
export async function merkleRootOfLeaves(leaves: readonly Uint8Array[]): Promise<Uint8Array> {
  if (leaves.length === 0) return sha256();
  // Fold perfect subtrees left to right, as a stack of (level, hash): each tree of 2^k leaves merges when complete.
  const stack: { level: number; hash: Uint8Array }[] = [];
  for (const leaf of leaves) {
    let node = { level: 0, hash: leaf };
    while (stack.length > 0 && stack[stack.length - 1]!.level === node.level) {
      const left = stack.pop()!;
      node = { level: node.level + 1, hash: await hashChildren(left.hash, node.hash) };
    }
    stack.push(node);
  }
  // The right edge: smaller subtrees hang as right children of the ones to their left.
  let root = stack.pop()!.hash;
  while (stack.length > 0) root = await hashChildren(stack.pop()!.hash, root);
  return root;
}
