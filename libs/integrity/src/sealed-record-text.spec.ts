import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize } from './canonical-json.js';
import { computeRecordHash } from './record-hash.js';
import { sealRecordText } from './sealed-record-text.js';

const happy = (JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/chains/happy.json'), 'utf8')) as { records: Record<string, unknown>[] })
  .records;

describe('the stored text of a sealed record', () => {
  const { hash: _hash, ...unsealed } = happy[1]!;

  it('parses to the record with its hash, which is the wire-contract hash', () => {
    const { hash, text } = sealRecordText(unsealed);
    expect(hash).toBe(computeRecordHash(unsealed));
    expect(JSON.parse(text)).toEqual({ ...unsealed, hash });
  });

  it('is the hash member followed by exactly the hashed RFC 8785 bytes', () => {
    const { hash, text } = sealRecordText(unsealed);
    expect(text).toBe(`{"hash":"${hash}",${canonicalize(unsealed).slice(1)}`);
  });
});
