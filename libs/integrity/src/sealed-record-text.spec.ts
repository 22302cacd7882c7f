import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChainSegment } from './chain-verification.js';
import { computeRecordHash } from './record-hash.js';
import { checkStoredRecordText, sealRecordText } from './sealed-record-text.js';
import { verifyStoredChainSegment } from './stored-chain-verification.js';

const chain = (name: string) =>
  (JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/chains', `${name}.json`), 'utf8')) as { records: Record<string, unknown>[] }).records;
const unseal = ({ hash: _hash, ...rest }: Record<string, unknown>) => rest;

describe('the stored text of a sealed record', () => {
  // Nested members named like the top-level ones, and strings quoting them, must not confuse the reader.
  const tricky: Record<string, unknown> = {
    ...unseal(chain('happy')[1]!),
    context: { before: { sequence: 99, previousHash: 'f'.repeat(64) }, after: { note: '"previousHash":"' + 'e'.repeat(64) + '"' } },
    metadata: { sequence: 7, hash: 'x' },
  };

  it('parses to the record with its hash, which is the wire-contract hash', () => {
    const { hash, text } = sealRecordText(tricky);
    expect(hash).toBe(computeRecordHash(tricky));
    expect(JSON.parse(text)).toEqual({ ...tricky, hash });
  });

  it('is checked from its bytes: hash, sequence and previousHash of the top level', () => {
    const { hash, text } = sealRecordText(tricky);
    expect(checkStoredRecordText(text)).toEqual({ hashValid: true, hash, sequence: tricky['sequence'], previousHash: tricky['previousHash'] });
  });

  it('reports a changed byte anywhere as a hash mismatch', () => {
    const { text } = sealRecordText(tricky);
    const altered = text.replace('Zürich', 'Zurich').replace('"limit-1"', '"limit-2"');
    expect(altered).not.toBe(text);
    expect(checkStoredRecordText(altered)?.hashValid).toBe(false);
  });

  it('declines texts in another layout, so they are verified by parsing', () => {
    expect(checkStoredRecordText(JSON.stringify(chain('happy')[0]))).toBeUndefined();
    expect(checkStoredRecordText('not json')).toBeUndefined();
  });
});

describe('verifyStoredChainSegment', () => {
  it.each(['happy', 'tampered-member', 'swapped', 'deleted', 'truncated', 'wrong-previous-hash'])(
    '%s: gives the same answer as verifying the parsed records',
    (name) => {
      const records = chain(name);
      // Re-lay each record as stored, keeping its stored hash even when the content was altered.
      const texts = records.map((record) => {
        const { text } = sealRecordText(unseal(record));
        return text.replace(/^\{"hash":"[0-9a-f]{64}"/, `{"hash":"${String(record['hash'])}"`);
      });
      const { note: _n, ...expected } = { ...verifyChainSegment(records as never), note: undefined };
      expect(verifyStoredChainSegment(texts)).toEqual(expected);
      expect(verifyStoredChainSegment(records.map((record) => JSON.stringify(record)))).toEqual(expected);
    },
  );

  it('counts a text that is not JSON as an altered record', () => {
    const texts = chain('happy').map((record) => sealRecordText(unseal(record)).text);
    texts[2] = texts[2]!.slice(1);
    expect(verifyStoredChainSegment(texts)).toMatchObject({ intact: false, firstBrokenSequence: 3, verifiedCount: 2, reasonCode: 'unreadable-record' });
    expect(verifyStoredChainSegment(texts.slice(3), { predecessor: { sequence: 3, hash: chain('happy')[2]!['hash'] as string } })).toMatchObject({ intact: true });
  });
});
