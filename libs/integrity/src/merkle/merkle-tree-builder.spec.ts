import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { EMPTY_TREE_ROOT, hashLeaf } from './merkle-hash.js';
import { merkleRoot } from './merkle-root.js';
import { MerkleTreeBuilder } from './merkle-tree-builder.js';
import { rightEdgeNodes } from './right-edge-nodes.js';

const MAX = 600;
const leaves = Array.from({ length: MAX }, (_, i) => hashLeaf(createHash('sha256').update(`record ${i}`).digest()));
const reader = new LeafHashesNodeReader(leaves);
type Emitted = { level: number; index: number; hash: string };
const appendAll = (builder: MerkleTreeBuilder, from: number, to: number, each?: (size: number) => void) => {
  const emitted: Emitted[] = [];
  for (let i = from; i < to; i++) {
    builder.append(leaves[i]!, (level, index, hash) => emitted.push({ level, index, hash: hash.toString('hex') }));
    each?.(builder.size);
  }
  return emitted;
};

describe('MerkleTreeBuilder', () => {
  it('has, after each append 1..600, the root of merkleRoot and the right edge of rightEdgeNodes', () => {
    const builder = new MerkleTreeBuilder();
    expect(builder.root().equals(EMPTY_TREE_ROOT)).toBe(true);
    appendAll(builder, 0, MAX, (size) => {
      if (!builder.root().equals(merkleRoot(size, reader))) throw new Error(`root differs at size ${size}`);
      const edge = rightEdgeNodes(size).map(({ level, index }) => reader.nodeHash(level, index).toString('hex'));
      expect(builder.edge().map((h) => h.toString('hex'))).toEqual(edge);
    });
  });

  it('reports every perfect node exactly once, bottom-up, with the hash the reader computes', () => {
    const emitted = appendAll(new MerkleTreeBuilder(), 0, MAX);
    for (const { level, index, hash } of emitted) expect(hash).toBe(reader.nodeHash(level, index).toString('hex'));
    // A tree of n leaves has ⌊n / 2^l⌋ perfect nodes at level l.
    const expected = [...Array(10).keys()].flatMap((level) => Array.from({ length: Math.floor(MAX / 2 ** level) }, (_, index) => `${level}/${index}`));
    expect(emitted.map(({ level, index }) => `${level}/${index}`).sort()).toEqual(expected.sort());
    expect(emitted.slice(0, 3).map(({ level, index }) => [level, index])).toEqual([[0, 0], [0, 1], [1, 0]]);
  });

  it('costs one interior hash per leaf, amortized (2n − popcount(n) nodes for n leaves)', () => {
    expect(appendAll(new MerkleTreeBuilder(), 0, 512)).toHaveLength(2 * 512 - 1);
  });

  it.each([0, 1, 2, 3, 7, 8, 255, 256, 257, 599])('resumed from edge() at size %i, gives what a fresh builder gives', (k) => {
    const fresh = new MerkleTreeBuilder();
    appendAll(fresh, 0, k);
    const resumed = new MerkleTreeBuilder(k, fresh.edge());
    expect(resumed.size).toBe(k);
    expect(resumed.root().equals(fresh.root())).toBe(true);
    const roots: string[] = [];
    const resumedNodes = appendAll(resumed, k, MAX, () => roots.push(resumed.root().toString('hex')));
    const freshRoots: string[] = [];
    const freshNodes = appendAll(fresh, k, MAX, () => freshRoots.push(fresh.root().toString('hex')));
    expect(resumedNodes).toEqual(freshNodes);
    expect(roots).toEqual(freshRoots);
  });

  it('matches the reference right edges (CompactTrees) of transparency-dev/merkle testonly/constants.go', () => {
    const tree = JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/merkle/rfc6962-reference-tree.json'), 'utf8')) as {
      leafInputs: string[];
      nodeHashes: string[][];
      compactTrees: { level: number; index: number }[][];
    };
    const builder = new MerkleTreeBuilder();
    tree.leafInputs.forEach((input, i) => {
      builder.append(hashLeaf(Buffer.from(input, 'hex')));
      expect(builder.edge().map((h) => h.toString('hex'))).toEqual(tree.compactTrees[i + 1]!.map(({ level, index }) => tree.nodeHashes[level]![index]));
    });
  });

  it.each([
    ['a right edge of the wrong length', 3, [leaves[0]!]],
    ['a hash of 31 bytes', 1, [leaves[0]!.subarray(1)]],
    ['a negative size', -1, []],
    ['a size above 2^53', 2 ** 53, []],
  ])('refuses to resume from %s', (_what, size, edge) => {
    expect(() => new MerkleTreeBuilder(size as number, edge as Buffer[])).toThrow(RangeError);
  });

  it('refuses a leaf hash that is not 32 bytes, and keeps its state', () => {
    const builder = new MerkleTreeBuilder();
    expect(() => builder.append(Buffer.alloc(31))).toThrow(RangeError);
    expect(builder.size).toBe(0);
  });

  it('keeps copies: changing an appended hash or a returned edge changes nothing', () => {
    const builder = new MerkleTreeBuilder();
    const leaf = Buffer.from(leaves[0]!);
    builder.append(leaf);
    leaf.fill(0);
    builder.edge()[0]!.fill(0);
    expect(builder.root().equals(leaves[0]!)).toBe(true);
  });
});
