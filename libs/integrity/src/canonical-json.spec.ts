import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { canonicalize } from './canonical-json.js';
import { CanonicalizationError } from './canonicalization-error.js';

const testdata = (name: string) => readFileSync(join(process.cwd(), 'libs/integrity/testdata', name), 'utf8');
const fromIeee754 = (bits: string) => Buffer.from(bits, 'hex').readDoubleBE(0);

describe('canonicalize (RFC 8785)', () => {
  it.each(['3.2.2', '3.2.3'])('reproduces the RFC §%s example byte for byte', (section) => {
    const input = JSON.parse(testdata(`rfc8785-${section}-input.json`));
    expect(canonicalize(input)).toBe(testdata(`rfc8785-${section}-canonical.json`));
  });

  const cyberphone = readdirSync(join(process.cwd(), 'libs/integrity/testdata/cyberphone/output'));
  it.each(cyberphone)('reproduces the reference implementation on %s (cyberphone/json-canonicalization)', (file) => {
    expect(canonicalize(JSON.parse(testdata(`cyberphone/input/${file}`)))).toBe(testdata(`cyberphone/output/${file}`));
  });

  describe('numbers (RFC 8785 Appendix B)', () => {
    const { vectors, invalid } = JSON.parse(testdata('rfc8785-numbers.json')) as { vectors: [string, string][]; invalid: [string, string][] };
    it.each(vectors)('IEEE-754 %s serializes as %s', (bits, expected) => {
      expect(canonicalize(fromIeee754(bits))).toBe(expected);
      expect(canonicalize({ n: [fromIeee754(bits)] })).toBe(`{"n":[${expected}]}`);
    });
    it.each(invalid)('IEEE-754 %s (%s) is refused', (bits) => {
      expect(() => canonicalize({ n: fromIeee754(bits) })).toThrow(CanonicalizationError);
    });
  });

  it('sorts member names by UTF-16 code units, not by code point or locale', () => {
    // By code point U+1F600 > U+FB33; by UTF-16 units 😀 is D83D DE00, which sorts before FB33.
    expect(canonicalize({ '\ufb33': 1, '\u{1F600}': 2, a: 3, B: 4 })).toBe('{"B":4,"a":3,"\u{1F600}":2,"\ufb33":1}');
  });

  it('sorts integer-like names as strings, not in the numeric order JavaScript enumerates them', () => {
    expect(canonicalize({ 9: 'a', 10: 'b', 1: 'c', x: 'd' })).toBe('{"1":"c","10":"b","9":"a","x":"d"}');
  });

  it('gives one form whatever order the members were added in', () => {
    expect(canonicalize({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalize({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('sorts nested objects and keeps array order', () => {
    expect(canonicalize({ b: [{ z: 1, y: 2 }, 3], a: { d: null, c: true } })).toBe('{"a":{"c":true,"d":null},"b":[{"y":2,"z":1},3]}');
  });

  it('escapes quotes, backslashes and control characters (lowercase hex) and leaves everything else as is', () => {
    expect(canonicalize('\u0001\b\t\n\f\r\u001f"\\/é東\u2028\u007f😀')).toBe('"\\u0001\\b\\t\\n\\f\\r\\u001f\\"\\\\/é東\u2028\u007f😀"');
    expect(canonicalize({ 'a"b\n': 1 })).toBe('{"a\\"b\\n":1}');
  });

  it.each([
    ['a quote', 'say "hi"', '"say \\"hi\\""'],
    ['a backslash', 'C:\\temp', '"C:\\\\temp"'],
    ['a control character', 'bell\u0007', '"bell\\u0007"'],
    ['a surrogate pair', 'ok 😀', '"ok 😀"'],
  ])('escapes a string whose only special character is %s', (_what, text, expected) => {
    expect(canonicalize(text)).toBe(expected);
    expect(canonicalize({ [text]: text })).toBe(`{${expected}:${expected}}`);
  });

  it('writes -0 as 0 and keeps empty containers', () => {
    expect(canonicalize({ z: -0, a: [], o: {} })).toBe('{"a":[],"o":{},"z":0}');
  });

  it('accepts plain objects from another realm (a vm context)', () => {
    expect(canonicalize(runInNewContext('({ b: [{ d: 1, c: 2 }], a: Object.create(null) })'))).toBe('{"a":{},"b":[{"c":2,"d":1}]}');
  });

  it('still sorts correctly once its cache of object shapes is full', () => {
    for (let i = 0; i < 25_000; i++) canonicalize({ [`k${i}`]: 1 });
    expect(canonicalize({ zz: 1, yy: { b: 2, a: 1 } })).toBe('{"yy":{"a":1,"b":2},"zz":1}');
  });

  it('accepts a repeated (non-cyclic) shared object', () => {
    const shared = { x: 1 };
    expect(canonicalize({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it('ignores symbol-keyed properties, as JSON.stringify does', () => {
    expect(canonicalize({ a: 1, [Symbol('s')]: 2 })).toBe('{"a":1}');
  });

  describe('refuses what JSON cannot carry, naming where it is', () => {
    class Money {
      amount = '1.00';
    }
    it.each([
      ['NaN', { a: Number.NaN }, '$.a', /not a JSON number/],
      ['Infinity', { a: [1, Number.POSITIVE_INFINITY] }, '$.a[1]', /not a JSON number/],
      ['-Infinity', -Infinity, '$', /not a JSON number/],
      ['a member whose value is undefined', { context: { before: undefined } }, '$.context.before', /undefined/],
      ['an array hole', { a: [1, , 2] }, '$.a[1]', /undefined/],
      ['a function', { f: () => 1 }, '$.f', /function/],
      ['a symbol', { s: Symbol('x') }, '$.s', /symbol/],
      ['a bigint', { n: 1n }, '$.n', /bigint/],
      ['a Date', { d: new Date(0) }, '$.d', /Date is not a plain JSON object/],
      ['a Map', { m: new Map() }, '$.m', /Map is not a plain JSON object/],
      ['a class instance', { price: new Money() }, '$.price', /Money is not a plain JSON object/],
      ['a lone high surrogate', { s: 'x\ud800y' }, '$.s', /lone surrogate/],
      ['a lone low surrogate at the end', ['ok', 'x\udc00'], '$[1]', /lone surrogate/],
      ['a lone surrogate in a name', { a: { '\udc00': 1 } }, '$.a["\\udc00"]', /member name contains a lone surrogate/],
      ['a name that is not an identifier', { 'odd name': undefined }, '$["odd name"]', /undefined/],
    ])('%s', (_what, value, path, reason) => {
      const error = captured(() => canonicalize(value));
      expect(error).toBeInstanceOf(CanonicalizationError);
      expect(error.path).toBe(path);
      expect(error.message).toMatch(reason);
      expect(error.message.startsWith(`${path}: `)).toBe(true);
    });

    it('a cyclic structure, saying where it loops back to', () => {
      const record: Record<string, unknown> = { context: { after: {} } };
      (record['context'] as { after: Record<string, unknown> }).after['self'] = record['context'];
      const error = captured(() => canonicalize(record));
      expect(error.path).toBe('$.context.after.self');
      expect(error.message).toMatch(/cyclic structure: refers back to \$\.context$/);
    });

    it('nesting deeper than 1000 levels, with a readable message', () => {
      let deep: unknown = 1;
      for (let i = 0; i < 1001; i++) deep = [deep];
      const error = captured(() => canonicalize(deep));
      expect(error.message).toMatch(/nested deeper than 1000 levels$/);
      expect(error.message.length).toBeLessThan(300);
    });
  });
});

function captured(run: () => unknown): CanonicalizationError {
  try {
    run();
  } catch (error) {
    return error as CanonicalizationError;
  }
  throw new Error('expected a CanonicalizationError');
}
