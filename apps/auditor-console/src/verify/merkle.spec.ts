import { fromBase64, fromHex, toHex } from './bytes.js';
import { hashLeaf, merkleRootOfLeaves, verifyConsistency, verifyInclusion } from './merkle.js';
import { integrityTestdata } from './testdata.js';

// transparency-dev/merkle's vectors, the same files libs/integrity's specs read.
const tree = integrityTestdata<{ leafInputs: string[]; rootHashes: string[] }>('merkle/rfc6962-reference-tree.json');
type Probe = { file: string; desc: string; wantErr: boolean; proof: string[] | null };
const inclusion = integrityTestdata<{ probes: (Probe & { leafIdx: number; treeSize: number; root: string; leafHash: string })[] }>('merkle/inclusion-probes.json');
const consistency = integrityTestdata<{ probes: (Probe & { size1: number; size2: number; root1: string; root2: string })[] }>('merkle/consistency-probes.json');

/** The one probe where we refuse what transparency-dev accepts (the server's spec lists the same): 12-byte "roots". */
const DEVIATIONS = new Set(['additional/sizes-are-equal-one-and-proof-is-empty.json']);

describe('the console Merkle verifier (RFC 9162)', () => {
  it.each(tree.rootHashes.map((root, size) => [size, root] as const))('computes the reference root of size %i', async (size, root) => {
    const leaves = await Promise.all(tree.leafInputs.slice(0, size).map((input) => hashLeaf(fromHex(input))));
    expect(toHex(await merkleRootOfLeaves(leaves))).toBe(root);
  });

  it.each(inclusion.probes.map((p) => [`${p.file}: ${p.desc}`, p] as const))('inclusion %s', async (_name, p) => {
    const proof = (p.proof ?? []).map(fromBase64);
    expect(await verifyInclusion(p.leafIdx, p.treeSize, fromBase64(p.leafHash), proof, fromBase64(p.root))).toBe(!p.wantErr);
  });

  it.each(consistency.probes.map((p) => [`${p.file}: ${p.desc}`, p] as const))('consistency %s', async (_name, p) => {
    const proof = (p.proof ?? []).map(fromBase64);
    const expected = DEVIATIONS.has(p.file) ? p.wantErr : !p.wantErr;
    expect(await verifyConsistency(p.size1, p.size2, fromBase64(p.root1), fromBase64(p.root2), proof)).toBe(expected);
  });

  it('lists only deviations that exist', () => {
    expect([...DEVIATIONS].filter((file) => !consistency.probes.some((p) => p.file === file))).toEqual([]);
  });
});
