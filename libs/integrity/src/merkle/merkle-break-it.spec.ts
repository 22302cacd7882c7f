import { createHash } from 'node:crypto';
import { consistencyProof } from './consistency-proof.js';
import { verifyConsistency } from './consistency-verification.js';
import { inclusionProof } from './inclusion-proof.js';
import { rootFromInclusionProof, verifyInclusion } from './inclusion-verification.js';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { EMPTY_TREE_ROOT, hashLeaf } from './merkle-hash.js';
import { MerkleProofError } from './merkle-proof-error.js';
import { merkleRoot } from './merkle-root.js';

// A 13-leaf tree (not a power of two: the proofs mix left and right siblings and a rehashed border).
const leaves = Array.from({ length: 13 }, (_, i) => hashLeaf(createHash('sha256').update(`record ${i}`).digest()));
const reader = new LeafHashesNodeReader(leaves);
const root = (size: number) => merkleRoot(size, reader);
const flip = (hash: Buffer) => Buffer.from(hash.map((v, j) => (j === 17 ? v ^ 0x80 : v)));

describe('an inclusion proof of leaf 6 in the tree of size 13', () => {
  const proof = inclusionProof(6, 13, reader);
  const verifies = (index: number, size: number, leaf: Uint8Array, p: readonly Uint8Array[], r: Uint8Array) => verifyInclusion(index, size, leaf, p, r);

  it('verifies as given', () => {
    expect(proof).toHaveLength(4);
    expect(verifies(6, 13, leaves[6]!, proof, root(13))).toBe(true);
  });

  it.each([0, 1, 2, 3])('fails with a byte of proof hash %i flipped', (i) => {
    expect(verifies(6, 13, leaves[6]!, proof.map((h, j) => (j === i ? flip(h) : h)), root(13))).toBe(false);
  });

  it.each([
    ['a flipped leaf hash', 6, 13, flip(leaves[6]!), proof, root(13)],
    ['another leaf', 6, 13, leaves[7]!, proof, root(13)],
    ['a wrong index (7)', 7, 13, leaves[6]!, proof, root(13)],
    ['a wrong index (4, same proof length)', 4, 13, leaves[6]!, proof, root(13)],
    ['the root of size 12', 6, 13, leaves[6]!, proof, root(12)],
    ['a flipped root', 6, 13, leaves[6]!, proof, flip(root(13))],
    ['a root of 31 bytes', 6, 13, leaves[6]!, proof, root(13).subarray(1)],
    ['hashes in reverse order', 6, 13, leaves[6]!, [...proof].reverse(), root(13)],
  ])('fails with %s', (_what, index, size, leaf, p, r) => {
    expect(verifies(index as number, size as number, leaf as Buffer, p as Buffer[], r as Buffer)).toBe(false);
  });

  it.each([
    ['the last hash missing (too short)', 6, 13, leaves[6]!, proof.slice(0, -1), /has 3 hashes.*needs 4/],
    ['an extra hash (too long)', 6, 13, leaves[6]!, [...proof, root(13)], /has 5 hashes.*needs 4/],
    ['no proof at all', 6, 13, leaves[6]!, [], /has 0 hashes.*needs 4/],
    ['a wrong size (8, one hash fewer)', 6, 8, leaves[6]!, proof, /has 4 hashes.*needs 3/],
    ['a wrong size and index (4 of 5, three hashes fewer)', 4, 5, leaves[6]!, proof, /has 4 hashes.*needs 1/],
    ['an index past the end', 13, 13, leaves[6]!, proof, /not in a tree of size 13/],
    ['an empty tree', 0, 0, leaves[6]!, [], /not in a tree of size 0/],
    ['a negative index', -1, 13, leaves[6]!, proof, /non-negative safe integers/],
    ['an index above 2^53', 2 ** 64 - 1, 2 ** 64, leaves[6]!, proof, /non-negative safe integers/],
    ['a fractional size', 6, 13.5, leaves[6]!, proof, /non-negative safe integers/],
    ['a 31-byte leaf hash', 6, 13, leaves[6]!.subarray(1), proof, /leaf hash is not 32 bytes/],
    ['a 33-byte proof hash', 6, 13, leaves[6]!, [proof[0]!, proof[1]!, Buffer.concat([proof[2]!, Buffer.of(0)]), proof[3]!], /proof hash 2 is not 32 bytes/],
  ])('is malformed with %s: rootFromInclusionProof throws MerkleProofError, verifyInclusion says false', (_what, index, size, leaf, p, message) => {
    const args = [index as number, size as number, leaf as Buffer, p as Buffer[]] as const;
    expect(() => rootFromInclusionProof(...args)).toThrow(MerkleProofError);
    expect(() => rootFromInclusionProof(...args)).toThrow(message as RegExp);
    expect(verifies(...args, root(13))).toBe(false);
  });

  it('binds the size only through the shape of the proof: sizes 9..16 give leaf 6 the same path (a checkpoint signs size and root together)', () => {
    for (const size of [9, 12, 16]) expect(verifies(6, size, leaves[6]!, proof, root(13))).toBe(true);
  });

  it('carries the stable error code', () => {
    expect(() => rootFromInclusionProof(13, 13, leaves[0]!, [])).toThrow(expect.objectContaining({ code: 'INTEGRITY.MERKLE_PROOF_INVALID' }));
  });
});

describe('a consistency proof from size 6 to size 13', () => {
  const proof = consistencyProof(6, 13, reader);

  it('verifies as given', () => {
    expect(verifyConsistency(6, 13, root(6), root(13), proof)).toBe(true);
  });

  it.each(proof.map((_, i) => i))('fails with a byte of proof hash %i flipped', (i) => {
    expect(verifyConsistency(6, 13, root(6), root(13), proof.map((h, j) => (j === i ? flip(h) : h)))).toBe(false);
  });

  it.each([
    ['the last hash missing (too short)', 6, 13, root(6), root(13), proof.slice(0, -1)],
    ['an extra hash (too long)', 6, 13, root(6), root(13), [...proof, root(13)]],
    ['no proof', 6, 13, root(6), root(13), []],
    ['a wrong old size', 5, 13, root(6), root(13), proof],
    ['a wrong new size (8, one hash fewer)', 6, 8, root(6), root(13), proof],
    ['the wrong old root', 6, 13, root(5), root(13), proof],
    ['the wrong new root', 6, 13, root(6), root(12), proof],
    ['the roots swapped', 6, 13, root(13), root(6), proof],
    ['sizes swapped', 13, 6, root(13), root(6), proof],
    ['a 31-byte old root', 6, 13, root(6).subarray(1), root(13), proof],
    ['a 33-byte proof hash', 6, 13, root(6), root(13), [...proof.slice(0, -1), Buffer.concat([proof.at(-1)!, Buffer.of(0)])]],
    ['an old size above 2^53', 2 ** 60, 2 ** 61, root(6), root(13), proof],
  ])('fails with %s', (_what, m, n, r1, r2, p) => {
    expect(verifyConsistency(m as number, n as number, r1 as Buffer, r2 as Buffer, p as Buffer[])).toBe(false);
  });
});

it('binds the new size of a consistency proof only through its shape, like inclusion (6 → 12 and 6 → 13 look alike)', () => {
  expect(verifyConsistency(6, 12, root(6), root(13), consistencyProof(6, 13, reader))).toBe(true);
});

describe('the edge cases of consistency (RFC 9162 §2.1.4 defines proofs for 0 < fromSize < toSize)', () => {
  it('equal sizes: needs an empty proof and equal roots', () => {
    expect(consistencyProof(13, 13, reader)).toEqual([]);
    expect(verifyConsistency(13, 13, root(13), root(13), [])).toBe(true);
    expect(verifyConsistency(13, 13, root(13), root(12), [])).toBe(false);
    expect(verifyConsistency(13, 13, root(13), root(13), [root(13)])).toBe(false);
  });

  it('from the empty tree: no proof is defined, none verifies', () => {
    expect(() => consistencyProof(0, 13, reader)).toThrow(RangeError);
    expect(verifyConsistency(0, 13, EMPTY_TREE_ROOT, root(13), [])).toBe(false);
    expect(verifyConsistency(0, 0, EMPTY_TREE_ROOT, EMPTY_TREE_ROOT, [])).toBe(false);
  });

  it('refuses to make a proof for a shrinking tree or an index outside it', () => {
    expect(() => consistencyProof(13, 12, reader)).toThrow(RangeError);
    expect(() => inclusionProof(13, 13, reader)).toThrow(RangeError);
    expect(() => inclusionProof(0, 14, reader)).toThrow(RangeError); // the reader has no leaf 13
  });
});
