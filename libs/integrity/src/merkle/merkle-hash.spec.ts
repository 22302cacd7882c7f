import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_TREE_ROOT, hashChildren, hashLeaf } from './merkle-hash.js';

// testonly/constants.go of transparency-dev/merkle (see libs/integrity/testdata/README.md).
const reference = JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/merkle/rfc6962-reference-tree.json'), 'utf8')) as {
  leafInputs: string[];
  nodeHashes: string[][];
};
const hex = (h: string) => Buffer.from(h, 'hex');

describe('RFC 9162 §2.1.1 hashing', () => {
  it('hashes the empty tree as SHA-256 of nothing', () => {
    // printf '' | sha256sum
    expect(EMPTY_TREE_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each(reference.leafInputs.map((input, i) => [input, reference.nodeHashes[0]![i]!]))(
    'hashes leaf input "%s" as 0x00 ‖ input (reference NodeHashes level 0)',
    (input, expected) => {
      // e.g. printf '\x00\x00' | sha256sum for input 00
      expect(hashLeaf(hex(input)).toString('hex')).toBe(expected);
    },
  );

  it('hashes interior nodes as 0x01 ‖ left ‖ right, in that order', () => {
    const [a, b] = reference.nodeHashes[0]!.map(hex);
    // (printf '\x01'; printf '6e34…96a2…' | xxd -r -p) | sha256sum
    expect(hashChildren(a!, b!).toString('hex')).toBe(reference.nodeHashes[1]![0]);
    expect(hashChildren(b!, a!).toString('hex')).not.toBe(reference.nodeHashes[1]![0]);
  });

  it('does not let one call change the result of an earlier one (shared scratch space)', () => {
    const [a, b, c] = reference.nodeHashes[0]!.map(hex);
    const first = hashChildren(a!, b!);
    hashChildren(c!, c!);
    expect(first.toString('hex')).toBe(reference.nodeHashes[1]![0]);
  });

  it('accepts any Uint8Array, not only Buffers', () => {
    const [a, b] = reference.nodeHashes[0]!.map((h) => new Uint8Array(hex(h)));
    expect(hashChildren(a!, b!).toString('hex')).toBe(reference.nodeHashes[1]![0]);
    expect(hashLeaf(new Uint8Array([0])).toString('hex')).toBe(reference.nodeHashes[0]![1]);
  });
});
