import { LeafHashesNodeReader } from './leaf-hashes-node-reader.js';
import { hashChildren, hashLeaf } from './merkle-hash.js';

const leaves = [0, 1, 2, 3, 4].map((i) => hashLeaf(Buffer.of(i)));

describe('LeafHashesNodeReader', () => {
  const reader = new LeafHashesNodeReader(leaves);

  it('serves the leaf hashes at level 0 and their parents above', () => {
    expect(reader.size).toBe(5);
    expect(reader.nodeHash(0, 4).equals(leaves[4]!)).toBe(true);
    expect(reader.nodeHash(1, 1).equals(hashChildren(leaves[2]!, leaves[3]!))).toBe(true);
    expect(reader.nodeHash(2, 0).equals(hashChildren(hashChildren(leaves[0]!, leaves[1]!), hashChildren(leaves[2]!, leaves[3]!)))).toBe(true);
  });

  it.each([
    [0, 5],
    [1, 2], // leaves 4 and 5: only 4 exists
    [3, 0],
    [-1, 0],
    [0, -1],
    [0.5, 0],
  ])('refuses node (%d, %d), not entirely inside the tree', (level, index) => {
    expect(() => reader.nodeHash(level, index)).toThrow(RangeError);
  });

  it('copies the leaf hashes it is given and refuses any that is not 32 bytes', () => {
    const leaf = Buffer.from(leaves[0]!);
    const own = new LeafHashesNodeReader([leaf]);
    leaf.fill(0);
    expect(own.nodeHash(0, 0).equals(leaves[0]!)).toBe(true);
    expect(() => new LeafHashesNodeReader([Buffer.alloc(31)])).toThrow(RangeError);
  });
});
