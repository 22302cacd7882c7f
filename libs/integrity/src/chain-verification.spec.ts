import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChainSegment, type ChainedRecord } from './chain-verification.js';
import { computeRecordHash, GENESIS_HASH, sealRecord } from './record-hash.js';
import { verifyRecordLinks } from './record-links.js';

const dir = join(process.cwd(), 'libs/integrity/testdata/chains');
const load = (name: string) =>
  JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as {
    records: ChainedRecord[];
    expected: Record<string, unknown>;
    golden: { sequence: number; hash: string }[];
    expectedHeadSequence?: number;
  };

describe('verifyChainSegment against the committed chain vectors', () => {
  const names = readdirSync(dir).map((file) => file.replace(/\.json$/, ''));

  it('has a vector for every way of breaking a chain', () => {
    expect(names.sort()).toEqual(['deleted', 'happy', 'swapped', 'tampered-member', 'truncated', 'wrong-previous-hash']);
  });

  it.each(names)('%s: reports what the vector expects', (name) => {
    const vector = load(name);
    const { note: _note, ...expected } = vector.expected;
    expect(verifyChainSegment(vector.records)).toEqual(expected);
  });

  it('the happy chain matches its golden hashes (reproducible with sha256sum, see the vector)', () => {
    const vector = load('happy');
    expect(vector.records.map((record) => computeRecordHash(record))).toEqual(vector.golden.map((g) => g.hash));
    expect(vector.records[0]!.previousHash).toBe(GENESIS_HASH);
  });

  it('truncated: the segment is intact but ends before the known head', () => {
    const vector = load('truncated');
    const last = vector.records[vector.records.length - 1]!;
    expect(last.sequence).toBeLessThan(vector.expectedHeadSequence!);
  });

  it('continues from a predecessor in the middle of a chain', () => {
    const { records } = load('happy');
    const result = verifyChainSegment(records.slice(2), { predecessor: records[1]! });
    expect(result).toMatchObject({ intact: true, verifiedCount: 3 });
  });

  it('refuses a segment whose first record does not link to the given predecessor', () => {
    const { records } = load('happy');
    const result = verifyChainSegment(records.slice(3), { predecessor: records[1]! });
    expect(result).toMatchObject({ intact: false, firstBrokenSequence: 3, reasonCode: 'sequence-gap' });
  });

  it('a record altered and resealed (hash recomputed) breaks at its successor, whose link no longer holds', () => {
    const { records } = load('happy');
    const { hash: _hash, ...altered } = { ...records[2]!, resourceId: 'limit-9' };
    const forged = [...records.slice(0, 2), sealRecord(altered), ...records.slice(3)];
    expect(verifyChainSegment(forged)).toEqual({
      intact: false,
      verifiedCount: 3,
      firstBrokenSequence: 4,
      reason: 'sequence 4: previousHash does not match the hash of sequence 3',
      reasonCode: 'previous-hash-mismatch',
    });
  });

  it('refuses a first record whose previousHash is not the genesis hash', () => {
    const { records } = load('happy');
    const forged = { ...records[0]!, previousHash: 'f'.repeat(64) };
    const resealed = { ...forged, hash: computeRecordHash(forged) };
    expect(verifyChainSegment([resealed])).toMatchObject({ intact: false, firstBrokenSequence: 1, reasonCode: 'genesis-previous-hash' });
  });
});

describe('verifyRecordLinks', () => {
  const { records } = load('happy');

  it('accepts a middle record with both neighbours', () => {
    expect(verifyRecordLinks(records[2]!, records[1]!, records[3]!)).toEqual({ hashValid: true, previousLinkValid: true, nextLinkValid: true });
  });

  it('accepts the first record without predecessor and the head without successor', () => {
    expect(verifyRecordLinks(records[0]!, null, records[1]!).previousLinkValid).toBe(true);
    expect(verifyRecordLinks(records[4]!, records[3]!, null).nextLinkValid).toBe(true);
    expect(verifyRecordLinks(records[0]!)).toEqual({ hashValid: true, previousLinkValid: true, nextLinkValid: true });
  });

  it('flags a later record whose predecessor is missing, and a successor with the wrong sequence', () => {
    expect(verifyRecordLinks(records[2]!, null, records[3]!).previousLinkValid).toBe(false);
    expect(verifyRecordLinks(records[2]!, records[1]!, { ...records[3]!, sequence: 5 }).nextLinkValid).toBe(false);
  });

  it('flags an altered record and a broken link', () => {
    const altered = { ...records[2]!, resourceId: 'limit-2' } as ChainedRecord;
    expect(verifyRecordLinks(altered, records[1]!, records[3]!).hashValid).toBe(false);
    expect(verifyRecordLinks(records[2]!, records[0]!, records[4]!)).toEqual({ hashValid: true, previousLinkValid: false, nextLinkValid: false });
  });
});
