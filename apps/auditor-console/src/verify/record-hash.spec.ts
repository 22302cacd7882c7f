import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ChainChecker } from './chain-check.js';
import { recomputeRecordHash, recordCanonicalText, type StoredRecord } from './record-hash.js';
import { integrityTestdata, readTestdataText } from './testdata.js';

interface ChainVector {
  records: StoredRecord[];
  expectedHeadSequence?: number;
  expected: { intact: boolean; verifiedCount: number; firstBrokenSequence: number | null; reasonCode: string | null };
  golden: { sequence: number; hash: string; reproduce: string }[];
}

const chains = readdirSync(join(process.cwd(), 'libs/integrity/testdata/chains')).map((file) => [file, integrityTestdata<ChainVector>(`chains/${file}`)] as const);

describe('the console record hash and chain check, on the server’s chain vectors', () => {
  it.each(chains)('%s: each record’s hash is the SHA-256 of its golden RFC 8785 text', async (_file, vector) => {
    const altered = vector.expected.reasonCode === 'hash-mismatch' ? vector.expected.firstBrokenSequence : null;
    for (const [i, record] of vector.records.entries()) {
      const golden = vector.golden[i]!;
      // The reproduce command is `printf '%s' '<canonical>' | sha256sum`: its argument is our canonical text.
      expect(golden.reproduce).toContain(`'${recordCanonicalText(record).replaceAll("'", `'\\''`)}'`);
      expect((await recomputeRecordHash(record)) === record.hash).toBe(record.sequence !== altered);
    }
  });

  it.each(chains)('%s: the chain checker breaks where the server’s verifier does', async (_file, vector) => {
    const checker = new ChainChecker();
    for (const record of vector.records) await checker.push(record);
    expect(checker.broken?.sequence ?? null).toBe(vector.expected.firstBrokenSequence);
    expect(checker.checked).toBe(vector.expected.verifiedCount);
  });

  it('gives the worked example of docs/INTEGRITY.md its canonical bytes and hash', async () => {
    const doc = readTestdataText('../../../docs/INTEGRITY.md');
    const block = (name: string) => new RegExp('```[a-z]+ ' + name + '\\n([\\s\\S]*?)\\n```').exec(doc)![1]!;
    const record = JSON.parse(block('example-record')) as StoredRecord;
    expect(recordCanonicalText(record)).toBe(block('example-canonical'));
    expect(await recomputeRecordHash(record)).toBe(block('example-hash'));
  });
});
