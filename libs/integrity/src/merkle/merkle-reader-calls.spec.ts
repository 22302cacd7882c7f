import { consistencyProof } from './consistency-proof.js';
import { verifyConsistency } from './consistency-verification.js';
import { inclusionProof } from './inclusion-proof.js';
import { verifyInclusion } from './inclusion-verification.js';
import { hashChildren, hashLeaf } from './merkle-hash.js';
import type { MerkleNodeReader } from './merkle-node-reader.js';
import { merkleRoot } from './merkle-root.js';

const SIZE = 10_000_000;
const BOUND = Math.floor(2 * Math.log2(SIZE) + 2); // 48

/**
 * A tree of 10,000,000 identical leaves, whose node hashes depend on the level only: a consistent
 * tree (proofs verify) without hashing millions of leaves. It counts calls and refuses any node
 * not entirely inside the tree it is asked about.
 */
class CountingReader implements MerkleNodeReader {
  calls = 0;
  private readonly byLevel = [hashLeaf(Buffer.from('same leaf'))];
  constructor(private readonly size: number) {}
  nodeHash(level: number, index: number): Buffer {
    this.calls++;
    if (!Number.isInteger(index) || index < 0 || (index + 1) * 2 ** level > this.size) throw new Error(`node (${level}, ${index}) is outside the tree`);
    while (this.byLevel.length <= level) this.byLevel.push(hashChildren(this.byLevel.at(-1)!, this.byLevel.at(-1)!));
    return this.byLevel[level]!;
  }
}
const counted = <T>(size: number, run: (reader: CountingReader) => T) => {
  const reader = new CountingReader(size);
  return { result: run(reader), calls: reader.calls };
};

describe(`on a tree of ${SIZE} leaves, with at most 2·log2(n) + 2 = ${BOUND} reader calls`, () => {
  const root = merkleRoot(SIZE, new CountingReader(SIZE));
  const leaf = new CountingReader(SIZE).nodeHash(0, 0);

  it('merkleRoot reads one node per set bit of the size', () => {
    expect(counted(SIZE, (r) => merkleRoot(SIZE, r)).calls).toBe(8); // 10,000,000 has 8 ones in binary
  });

  it.each([0, 1, 4_999_999, 8_388_607, 8_388_608, 9_999_998, SIZE - 1, 7_654_321])('inclusionProof of leaf %i', (index) => {
    const { result: proof, calls } = counted(SIZE, (r) => inclusionProof(index, SIZE, r));
    expect(calls).toBeLessThanOrEqual(BOUND);
    expect(verifyInclusion(index, SIZE, leaf, proof, root)).toBe(true);
  });

  it.each([1, 2, 3, 4_999_999, 8_388_607, 8_388_608, 9_999_999, SIZE, 7_654_321])('consistencyProof from size %i', (fromSize) => {
    const { result: proof, calls } = counted(SIZE, (r) => consistencyProof(fromSize, SIZE, r));
    expect(calls).toBeLessThanOrEqual(BOUND);
    expect(verifyConsistency(fromSize, SIZE, merkleRoot(fromSize, new CountingReader(fromSize)), root, proof)).toBe(true);
  });

  it('stays in bound for the worst sizes just below powers of two', () => {
    for (const size of [2 ** 23 - 1, 2 ** 24 - 1, 2 ** 40 - 1, 2 ** 53 - 1]) {
      const bound = 2 * Math.log2(size) + 2;
      for (const at of [0, 1, Math.floor(size / 3), size - 2]) {
        expect(counted(size, (r) => inclusionProof(at, size, r)).calls).toBeLessThanOrEqual(bound);
        expect(counted(size, (r) => consistencyProof(at + 1, size, r)).calls).toBeLessThanOrEqual(bound);
      }
    }
  });
});
