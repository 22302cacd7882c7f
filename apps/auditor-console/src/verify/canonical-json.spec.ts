import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from './canonical-json.js';
import { integrityTestdata, readTestdataText } from './testdata.js';

describe('the console RFC 8785 canonicalizer', () => {
  it.each(['3.2.2', '3.2.3'])('gives RFC 8785 §%s its canonical bytes', (section) => {
    const input = integrityTestdata<unknown>(`rfc8785-${section}-input.json`);
    expect(canonicalJson(input)).toBe(readTestdataText(`rfc8785-${section}-canonical.json`).trimEnd());
  });

  const numbers = integrityTestdata<{ vectors: [string, string][]; invalid: [string, string][] }>('rfc8785-numbers.json');
  const double = (bits: string) => new DataView(Uint8Array.from(bits.match(/../g)!.map((b) => parseInt(b, 16))).buffer).getFloat64(0);

  it.each(numbers.vectors)('writes the double %s as %s (Appendix B)', (bits, text) => {
    expect(canonicalJson(double(bits))).toBe(text);
  });

  it.each(numbers.invalid)('refuses the double %s (%s)', (bits) => {
    expect(() => canonicalJson(double(bits))).toThrow(TypeError);
  });

  const cyberphone = join(process.cwd(), 'libs/integrity/testdata/cyberphone/input');
  it.each(readdirSync(cyberphone))('matches the reference implementation on cyberphone %s', (file) => {
    expect(canonicalJson(integrityTestdata<unknown>(`cyberphone/input/${file}`))).toBe(readTestdataText(`cyberphone/output/${file}`).trimEnd());
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });
});
