import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealRecordText } from './sealed-record-text.js';
import { checkStoredRecordBytes } from './stored-record-check.js';
import { verifyStoredChainSegment } from './stored-chain-verification.js';

const vector = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/chains', `${name}.json`), 'utf8')) as {
    records: Record<string, unknown>[];
    expected: Record<string, unknown>;
  };
const chain = (name: string) => vector(name).records;
const unseal = ({ hash: _hash, ...rest }: Record<string, unknown>) => rest;
const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** Each record laid out as the writer stores it, keeping its stored hash even when the content was altered. */
const asStored = (records: Record<string, unknown>[]) =>
  records.map((record) => utf8(sealRecordText(unseal(record)).text.replace(/^\{"hash":"[0-9a-f]{64}"/, `{"hash":"${String(record['hash'])}"`)));
const happy = chain('happy');
const linkOf = (record: Record<string, unknown>) => ({ sequence: record['sequence'] as number, hash: record['hash'] as string });

describe('checkStoredRecordBytes', () => {
  it('checks a sealed record from its bytes, and any other layout by parsing, with the same answer', () => {
    const [sealed] = asStored(happy);
    const expected = { hashValid: true, hash: happy[0]!['hash'], sequence: 1, previousHash: happy[0]!['previousHash'] };
    expect(checkStoredRecordBytes(sealed!)).toEqual(expected);
    expect(checkStoredRecordBytes(utf8(JSON.stringify(happy[0], null, 2)))).toEqual(expected);
  });

  it('follows the wire contract, not the stored spelling: equivalent bytes outside RFC 8785 still verify', () => {
    const spaced = utf8(sealRecordText(unseal(happy[0]!)).text.replace('"action":"UPDATE"', '"action": "UPDATE"'));
    expect(checkStoredRecordBytes(spaced)).toMatchObject({ hashValid: true, sequence: 1 });
  });

  it('reports an altered record as a hash mismatch', () => {
    const altered = utf8(sealRecordText(unseal(happy[0]!)).text.replace('"limit-1"', '"limit-2"'));
    expect(checkStoredRecordBytes(altered)).toMatchObject({ hashValid: false, hash: happy[0]!['hash'] });
  });

  it('refuses bytes that are not the UTF-8 text of a JSON object', () => {
    const invalidUtf8 = utf8(sealRecordText(unseal(happy[0]!)).text);
    invalidUtf8[invalidUtf8.indexOf('limit-1')] = 0xc3; // a lead byte without its continuation
    expect(checkStoredRecordBytes(invalidUtf8)).toBeUndefined();
    expect(checkStoredRecordBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(JSON.stringify(happy[0]))]))).toBeUndefined();
    expect(checkStoredRecordBytes(utf8('[1,2]'))).toBeUndefined();
    expect(checkStoredRecordBytes(utf8('{"hash":'))).toBeUndefined();
  });
});

describe('verifyStoredChainSegment', () => {
  it.each(['happy', 'tampered-member', 'swapped', 'deleted', 'truncated', 'wrong-previous-hash'])(
    '%s: reports what the committed vector expects, from sealed bytes and from another layout',
    (name) => {
      const { records, expected: { note: _note, ...expected } } = vector(name);
      const verified = expected['verifiedCount'] as number;
      const lastVerified = verified > 0 ? linkOf(records[verified - 1]!) : null;
      expect(verifyStoredChainSegment(asStored(records))).toEqual({ ...expected, lastVerified });
      expect(verifyStoredChainSegment(records.map((record) => utf8(JSON.stringify(record))))).toEqual({ ...expected, lastVerified });
    },
  );

  it('continues from a predecessor, and names it as the last verified when the segment is empty', () => {
    const predecessor = linkOf(happy[1]!);
    expect(verifyStoredChainSegment(asStored(happy.slice(2)), { predecessor })).toMatchObject({ intact: true, lastVerified: linkOf(happy[4]!) });
    expect(verifyStoredChainSegment([], { predecessor })).toMatchObject({ intact: true, verifiedCount: 0, lastVerified: predecessor });
  });

  it('counts bytes that are not JSON as an altered record', () => {
    const stored = asStored(happy);
    stored[2] = stored[2]!.subarray(1);
    expect(verifyStoredChainSegment(stored)).toEqual({
      intact: false,
      verifiedCount: 2,
      firstBrokenSequence: 3,
      reason: 'sequence 3: the stored bytes are not valid JSON for a record (altered)',
      reasonCode: 'unreadable-record',
      lastVerified: linkOf(happy[1]!),
    });
    expect(verifyStoredChainSegment(stored.slice(3), { predecessor: linkOf(happy[2]!) })).toMatchObject({ intact: true });
  });

  it('counts bytes that are not UTF-8 as an altered record (a text decoder would have hidden them)', () => {
    const stored = asStored(happy);
    stored[3] = Buffer.from(stored[3]!);
    stored[3][stored[3].indexOf('ana')] = 0xff;
    expect(verifyStoredChainSegment(stored)).toMatchObject({ intact: false, verifiedCount: 3, firstBrokenSequence: 4, reasonCode: 'unreadable-record' });
  });

  it('reports the first break when unreadable bytes come after it', () => {
    const records = chain('tampered-member');
    const stored = asStored(records);
    stored[4] = utf8('not json');
    expect(verifyStoredChainSegment(stored)).toMatchObject({ firstBrokenSequence: 3, reasonCode: 'hash-mismatch' });
  });
});
