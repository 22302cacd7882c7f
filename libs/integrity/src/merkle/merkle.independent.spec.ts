import { createHash } from 'node:crypto';
// An independent implementation of RFC 6962 inclusion verification: @sigstore/verify (sigstore-js),
// its Rekor log check. It hashes the leaf data itself (0x00 ‖ body), so our hashLeaf is checked too.
import { verifyMerkleInclusion } from '@sigstore/verify/dist/tlog/merkle.js';
import { inclusionProof } from './inclusion-proof.js';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { hashLeaf } from './merkle-hash.js';
import { merkleRoot } from './merkle-root.js';

type Entry = Parameters<typeof verifyMerkleInclusion>[0];
type Checkpoint = Parameters<typeof verifyMerkleInclusion>[1];

const MAX = 128;
const data = Array.from({ length: 1000 }, (_, i) => createHash('sha256').update(`record ${i}`).digest());
const reader = new LeafHashesNodeReader(data.map(hashLeaf));

/** Whether sigstore accepts `proof` for the leaf data at `index` of a tree of `size` with `root`. */
function sigstoreAccepts(index: number, size: number, leafData: Buffer, proof: Buffer[], root: Buffer): boolean {
  // Only the fields verifyMerkleInclusion reads; the rest of a Rekor entry is irrelevant here.
  const entry = { canonicalizedBody: leafData, inclusionProof: { logIndex: String(index), hashes: proof } } as unknown as Entry;
  const checkpoint = { logSize: BigInt(size), logHash: root } as unknown as Checkpoint;
  try {
    verifyMerkleInclusion(entry, checkpoint);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'TLOG_INCLUSION_PROOF_ERROR') return false;
    throw error;
  }
}

describe('our inclusion proofs, checked by @sigstore/verify', () => {
  it(`verify for every leaf of every tree size 1..${MAX}`, () => {
    for (let size = 1; size <= MAX; size++) {
      const root = merkleRoot(size, reader);
      for (let index = 0; index < size; index++) {
        if (!sigstoreAccepts(index, size, data[index]!, inclusionProof(index, size, reader), root)) throw new Error(`${index}/${size} refused`);
      }
    }
  });

  it('verify for a spread of leaves of a tree of 1,000', () => {
    const root = merkleRoot(1000, reader);
    for (const index of [0, 1, 255, 256, 511, 512, 767, 998, 999]) {
      expect(sigstoreAccepts(index, 1000, data[index]!, inclusionProof(index, 1000, reader), root)).toBe(true);
    }
  });

  it('are refused once tampered: a flipped byte, another leaf, index or root, a hash missing', () => {
    const proof = inclusionProof(10, 13, reader);
    const root = merkleRoot(13, reader);
    const flipped = proof.map((h, i) => (i === 1 ? Buffer.from(h.map((v, j) => (j === 0 ? v ^ 1 : v))) : h));
    expect(sigstoreAccepts(10, 13, data[10]!, proof, root)).toBe(true);
    expect(sigstoreAccepts(10, 13, data[10]!, flipped, root)).toBe(false);
    expect(sigstoreAccepts(10, 13, data[11]!, proof, root)).toBe(false);
    expect(sigstoreAccepts(11, 13, data[10]!, proof, root)).toBe(false);
    expect(sigstoreAccepts(10, 13, data[10]!, proof, merkleRoot(12, reader))).toBe(false);
    expect(sigstoreAccepts(10, 13, data[10]!, proof.slice(1), root)).toBe(false);
  });
});
