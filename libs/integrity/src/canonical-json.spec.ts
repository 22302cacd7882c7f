import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize, CanonicalizationError } from './canonical-json.js';

const testdata = (name: string) => readFileSync(join(process.cwd(), 'libs/integrity/testdata', name), 'utf8');

describe('canonicalize (RFC 8785)', () => {
  it.each(['3.2.2', '3.2.3'])('reproduces the RFC %s example byte for byte', (section) => {
    const input = JSON.parse(testdata(`rfc8785-${section}-input.json`));
    expect(canonicalize(input)).toBe(testdata(`rfc8785-${section}-canonical.json`));
  });

  describe('numbers (RFC 8785 Appendix B)', () => {
    const { vectors } = JSON.parse(testdata('rfc8785-numbers.json')) as { vectors: [string, string][] };
    it.each(vectors)('IEEE-754 %s serializes as %s', (bits, expected) => {
      expect(canonicalize(Buffer.from(bits, 'hex').readDoubleBE(0))).toBe(expected);
    });
  });

  it('sorts member names by UTF-16 code units, not by code point or locale', () => {
    // By code point U+1F600 > U+FB33; by UTF-16 units 😀 is D83D DE00, which sorts before FB33.
    expect(canonicalize({ '\ufb33': 1, '\u{1F600}': 2, a: 3, B: 4 })).toBe('{"B":4,"a":3,"\u{1F600}":2,"\ufb33":1}');
  });

  it('sorts nested objects and keeps array order', () => {
    expect(canonicalize({ b: [{ z: 1, y: 2 }, 3], a: { d: null, c: true } })).toBe('{"a":{"c":true,"d":null},"b":[{"y":2,"z":1},3]}');
  });

  it('escapes control characters in lowercase hex and leaves other characters as they are', () => {
    expect(canonicalize('\u0001\t\n"\\/é東')).toBe('"\\u0001\\t\\n\\"\\\\/é東"');
  });

  it.each([
    ['NaN', { a: Number.NaN }, '$.a'],
    ['Infinity', { a: [1, Number.POSITIVE_INFINITY] }, '$.a[1]'],
    ['undefined', { a: undefined }, '$.a'],
    ['a function', { f: () => 1 }, '$.f'],
    ['a bigint', { n: 1n }, '$.n'],
    ['a Date', { d: new Date(0) }, '$.d'],
    ['a lone surrogate', { s: 'x\ud800y' }, '$.s'],
    ['a lone surrogate in a name', { ['\udc00']: 1 }, '$.\udc00'],
  ])('refuses %s, naming the path', (_what, value, path) => {
    expect(() => canonicalize(value)).toThrow(CanonicalizationError);
    expect(() => canonicalize(value)).toThrow(path);
  });

  it('refuses cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalize(cyclic)).toThrow(/cyclic/);
  });

  it('accepts a repeated (non-cyclic) shared object', () => {
    const shared = { x: 1 };
    expect(canonicalize({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});
