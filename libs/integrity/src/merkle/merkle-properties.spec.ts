import { createHash } from 'node:crypto';
import { consistencyProof } from './consistency-proof.js';
import { verifyConsistency } from './consistency-verification.js';
import { inclusionProof } from './inclusion-proof.js';
import { rootFromInclusionProof, verifyInclusion } from './inclusion-verification.js';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import type { MerkleNodeReader } from './merkle-node-reader.js';
import { merkleRoot } from './merkle-root.js';

const MAX = 300;

// An independent MTH, PATH and PROOF written straight from RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1,
// over the leaf data, with node:crypto only (memoized on the range so that all sizes stay fast).
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const data = Array.from({ length: MAX }, (_, i) => createHash('sha256').update(`record ${i}`).digest());
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1); // largest power of two < n, for n > 1
const memo = new Map<string, Buffer>();
function MTH(lo: number, hi: number): Buffer {
  const key = `${lo}:${hi}`;
  let h = memo.get(key);
  if (h) return h;
  const n = hi - lo;
  if (n === 0) h = sha();
  else if (n === 1) h = sha(Buffer.of(0), data[lo]!);
  else h = sha(Buffer.of(1), MTH(lo, lo + k(n)), MTH(lo + k(n), hi));
  memo.set(key, h);
  return h;
}
function PATH(m: number, lo: number, hi: number): Buffer[] {
  const n = hi - lo;
  if (n === 1) return [];
  const s = k(n);
  return m < s ? [...PATH(m, lo, lo + s), MTH(lo + s, hi)] : [...PATH(m - s, lo + s, hi), MTH(lo, lo + s)];
}
function SUBPROOF(m: number, lo: number, hi: number, b: boolean): Buffer[] {
  const n = hi - lo;
  if (m === n) return b ? [] : [MTH(lo, hi)];
  const s = k(n);
  return m <= s ? [...SUBPROOF(m, lo, lo + s, b), MTH(lo + s, hi)] : [...SUBPROOF(m - s, lo + s, hi, false), MTH(lo, lo + s)];
}

const tree = new LeafHashesNodeReader(data.map((d) => sha(Buffer.of(0), d)));
/** The tree of the first `size` leaves: refuses any node not entirely inside it. */
const prefix = (size: number): MerkleNodeReader => ({
  nodeHash(level, index) {
    if ((index + 1) * 2 ** level > size) throw new Error(`node (${level}, ${index}) is outside a tree of size ${size}`);
    return tree.nodeHash(level, index);
  },
});
const same = (a: Buffer[], b: Buffer[]) => a.length === b.length && Buffer.concat(a).equals(Buffer.concat(b));
const flipped = (proof: Buffer[], element: number, byte: number) =>
  proof.map((h, i) => (i === element ? Buffer.from(h.map((v, j) => (j === byte ? v ^ 0x01 : v))) : h));
const sizes = Array.from({ length: MAX }, (_, i) => i + 1);

describe('for every tree size 1..300', () => {
  it('merkleRoot is the RFC text MTH', () => {
    for (const n of sizes) expect(merkleRoot(n, prefix(n)).equals(MTH(0, n))).toBe(true);
  });

  it('every leaf has the RFC text PATH, and it leads to the root', () => {
    for (const n of sizes) {
      const root = merkleRoot(n, prefix(n));
      for (let m = 0; m < n; m++) {
        const proof = inclusionProof(m, n, prefix(n));
        if (!same(proof, PATH(m, 0, n))) throw new Error(`PATH(${m}, D[${n}]) differs`);
        if (!rootFromInclusionProof(m, n, tree.nodeHash(0, m), proof).equals(root)) throw new Error(`PATH(${m}, D[${n}]) does not verify`);
      }
    }
  });

  // Every pair up to size 128; above, every 5th older size plus the edges and the powers of two
  // (all 45,150 pairs take twice the time and find nothing more).
  const olderSizes = (n: number) => sizes.filter((m) => m <= n && (n <= 128 || m % 5 === n % 5 || m <= 2 || m >= n - 1 || Number.isInteger(Math.log2(m))));
  it('sampled older sizes 1..n have the RFC text PROOF, and it verifies', () => {
    for (const n of sizes) {
      const root = merkleRoot(n, prefix(n));
      for (const m of olderSizes(n)) {
        const proof = consistencyProof(m, n, prefix(n));
        if (!same(proof, SUBPROOF(m, 0, n, true))) throw new Error(`PROOF(${m}, D[${n}]) differs`);
        if (!verifyConsistency(m, n, MTH(0, m), root, proof)) throw new Error(`PROOF(${m}, D[${n}]) does not verify`);
      }
    }
  });
});

describe('a proof with any one byte flipped fails', () => {
  // Every byte of every proof up to size 16; above, one byte per proof hash (varying) for sampled pairs.
  const bytesToFlip = (n: number, seed: number) => (n <= 16 ? Array.from({ length: 32 }, (_, j) => j) : [(seed * 7 + 3) % 32]);

  it('inclusion', () => {
    for (const n of sizes) {
      const root = MTH(0, n);
      for (let m = 0; m < n; m += n <= 16 ? 1 : 41) {
        const proof = inclusionProof(m, n, prefix(n));
        proof.forEach((_, e) =>
          bytesToFlip(n, m + e).forEach((byte) => {
            if (verifyInclusion(m, n, tree.nodeHash(0, m), flipped(proof, e, byte), root)) throw new Error(`flip ${m}/${n}/${e}/${byte} verified`);
          }),
        );
      }
    }
  });

  it('consistency', () => {
    for (const n of sizes) {
      for (let m = 1; m < n; m += n <= 16 ? 1 : 37) {
        const proof = consistencyProof(m, n, prefix(n));
        proof.forEach((_, e) =>
          bytesToFlip(n, m + e).forEach((byte) => {
            if (verifyConsistency(m, n, MTH(0, m), MTH(0, n), flipped(proof, e, byte))) throw new Error(`flip ${m}/${n}/${e}/${byte} verified`);
          }),
        );
      }
    }
  });
});
