import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consistencyProof } from './consistency-proof.js';
import { verifyConsistency } from './consistency-verification.js';
import { inclusionProof } from './inclusion-proof.js';
import { verifyInclusion } from './inclusion-verification.js';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { hashLeaf } from './merkle-hash.js';
import { merkleRoot } from './merkle-root.js';
import { rightEdgeNodes } from './right-edge-nodes.js';

// All three files are transparency-dev/merkle's data, copied verbatim (libs/integrity/testdata/README.md).
const testdata = <T>(name: string): T => JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/merkle', name), 'utf8')) as T;
const tree = testdata<{ leafInputs: string[]; nodeHashes: string[][]; rootHashes: string[]; compactTrees: { level: number; index: number }[][] }>(
  'rfc6962-reference-tree.json',
);
type Probe = { file: string; desc: string; wantErr: boolean; proof: string[] | null };
const inclusion = testdata<{ probes: (Probe & { leafIdx: number; treeSize: number; root: string; leafHash: string })[] }>('inclusion-probes.json');
const consistency = testdata<{ probes: (Probe & { size1: number; size2: number; root1: string; root2: string })[] }>('consistency-probes.json');

const b64 = (s: string) => Buffer.from(s, 'base64');
const reader = new LeafHashesNodeReader(tree.leafInputs.map((input) => hashLeaf(Buffer.from(input, 'hex'))));
const hexOf = (hashes: Buffer[]) => hashes.map((h) => h.toString('hex'));
const ofReferenceTree = (size: number, root: string) => tree.rootHashes[size] === b64(root).toString('hex');

/**
 * Where our verdict differs from transparency-dev's, and why. Theirs accepts two equal 12-byte
 * "roots" for equal sizes; ours refuses every hash that is not 32 bytes (no SHA-256 root is shorter).
 */
const DEVIATIONS: Record<string, string> = {
  'consistency additional/sizes-are-equal-one-and-proof-is-empty.json': 'roots are 12 bytes, not hashes',
};

describe('the RFC 6962 reference tree of transparency-dev/merkle (testonly/constants.go)', () => {
  it.each(tree.rootHashes.map((root, size) => [size, root]))('has root %i = %s', (size, root) => {
    expect(merkleRoot(size as number, reader).toString('hex')).toBe(root);
  });

  it('has every node hash the reference lists (NodeHashes)', () => {
    tree.nodeHashes.forEach((row, level) => row.forEach((hash, index) => expect(reader.nodeHash(level, index).toString('hex')).toBe(hash)));
  });

  it.each(tree.compactTrees.map((nodes, size) => [size, nodes]))('has at size %i the right edge the reference lists (CompactTrees)', (size, nodes) => {
    expect(rightEdgeNodes(size as number)).toEqual(nodes);
  });
});

it('has happy paths over the reference tree to compare our proofs with', () => {
  const happy = <P extends Probe>(probes: P[], onTree: (p: P) => boolean) => probes.filter((p) => !p.wantErr && onTree(p)).length;
  expect(happy(inclusion.probes, (p) => ofReferenceTree(p.treeSize, p.root))).toBeGreaterThanOrEqual(5);
  expect(happy(consistency.probes, (p) => ofReferenceTree(p.size1, p.root1) && ofReferenceTree(p.size2, p.root2))).toBeGreaterThanOrEqual(5);
});

describe('the inclusion probes of transparency-dev/merkle (testdata/inclusion)', () => {
  it.each(inclusion.probes.map((p) => [`${p.file}: ${p.desc}`, p]))('%s', (_name, p) => {
    const proof = (p.proof ?? []).map(b64);
    expect(verifyInclusion(p.leafIdx, p.treeSize, b64(p.leafHash), proof, b64(p.root))).toBe(!p.wantErr);
    if (!p.wantErr && ofReferenceTree(p.treeSize, p.root)) {
      // A happy path over the reference tree: our proof is theirs, byte for byte.
      expect(hexOf(inclusionProof(p.leafIdx, p.treeSize, reader))).toEqual(hexOf(proof));
    }
  });
});

describe('the consistency probes of transparency-dev/merkle (testdata/consistency)', () => {
  it.each(consistency.probes.map((p) => [`${p.file}: ${p.desc}`, p]))('%s', (_name, p) => {
    const proof = (p.proof ?? []).map(b64);
    const expected = DEVIATIONS[`consistency ${p.file}`] === undefined ? !p.wantErr : p.wantErr;
    expect(verifyConsistency(p.size1, p.size2, b64(p.root1), b64(p.root2), proof)).toBe(expected);
    if (!p.wantErr && ofReferenceTree(p.size1, p.root1) && ofReferenceTree(p.size2, p.root2)) {
      expect(hexOf(consistencyProof(p.size1, p.size2, reader))).toEqual(hexOf(proof));
    }
  });

  it('lists only deviations that exist', () => {
    const files = new Set(consistency.probes.map((p) => `consistency ${p.file}`));
    expect(Object.keys(DEVIATIONS).filter((key) => !files.has(key))).toEqual([]);
  });
});
