import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSealedRecordBytes } from './sealed-record-bytes.js';
import { sealRecordText } from './sealed-record-text.js';

const happy = (JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/chains/happy.json'), 'utf8')) as { records: Record<string, unknown>[] })
  .records;
const unseal = ({ hash: _hash, ...rest }: Record<string, unknown>) => rest;
const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** The bytes with their stored hash recomputed over them, as a forger with write access would. */
function resealed(bytes: Buffer): Buffer {
  const hashed = Buffer.concat([utf8('{'), bytes.subarray('{"hash":"'.length + 64 + 2)]);
  const forged = Buffer.from(bytes);
  forged.write(createHash('sha256').update(hashed).digest('hex'), '{"hash":"'.length, 'latin1');
  return forged;
}

describe('reading a sealed record from its stored bytes', () => {
  // Nested members named like the top-level ones, and strings quoting them, must not confuse the reader.
  const tricky: Record<string, unknown> = {
    ...unseal(happy[1]!),
    context: { before: { sequence: 99, previousHash: 'f'.repeat(64) }, after: { note: '"previousHash":"' + 'e'.repeat(64) + '"', 'x"sequence': 5 } },
    metadata: { sequence: 7, hash: 'x', city: 'Zürich 東京' },
  };
  const sealed = sealRecordText(tricky);

  it('gives the stored hash, sequence and previousHash of the top level', () => {
    expect(readSealedRecordBytes(utf8(sealed.text))).toEqual({ hash: sealed.hash, sequence: tricky['sequence'], previousHash: tricky['previousHash'] });
  });

  it('reads a plain Uint8Array view into a larger buffer (as gRPC hands it over), leaving it unchanged', () => {
    const bytes = utf8(sealed.text);
    const backing = new Uint8Array(bytes.length + 20);
    backing.set(bytes, 10);
    const view = backing.subarray(10, 10 + bytes.length);
    const before = Buffer.from(backing);
    expect(readSealedRecordBytes(view)).toEqual({ hash: sealed.hash, sequence: tricky['sequence'], previousHash: tricky['previousHash'] });
    expect(Buffer.from(backing).equals(before)).toBe(true);
  });

  it('declines a record with a changed byte, so that parsing decides', () => {
    const altered = utf8(sealed.text.replace('Zürich', 'Zürick'));
    expect(readSealedRecordBytes(altered)).toBeUndefined();
  });

  it('declines bytes that are not UTF-8, even when they hash to the stored hash', () => {
    const bytes = utf8(sealRecordText({ ...tricky, description: 'x' }).text);
    bytes[bytes.indexOf('"description":"x"') + '"description":"'.length] = 0xff;
    expect(readSealedRecordBytes(resealed(bytes))).toBeUndefined();
    // The same forgery in valid UTF-8 is read: the chain rule catches it at its successor.
    bytes[bytes.indexOf('"description":"') + '"description":"'.length] = 0x79;
    expect(readSealedRecordBytes(resealed(bytes))).toMatchObject({ sequence: tricky['sequence'] });
  });

  it('declines other layouts and sequences that are not plain integers', () => {
    expect(readSealedRecordBytes(utf8(JSON.stringify(happy[0])))).toBeUndefined();
    expect(readSealedRecordBytes(utf8('not json'))).toBeUndefined();
    expect(readSealedRecordBytes(new Uint8Array(0))).toBeUndefined();
    for (const sequence of [1.5, -1, 1e21]) {
      expect(readSealedRecordBytes(utf8(sealRecordText({ ...unseal(happy[0]!), sequence }).text))).toBeUndefined();
    }
  });
});
