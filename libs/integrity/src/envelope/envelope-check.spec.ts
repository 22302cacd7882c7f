import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealRecordText } from '../sealed-record-text.js';
import { verifyStoredChainSegment } from '../stored-chain-verification.js';
import { envelopeMismatches, type RecordEnvelope } from './envelope-check.js';
import { readRecordIdentity } from './record-identity.js';

const happy = (JSON.parse(readFileSync(join(process.cwd(), 'libs/integrity/testdata/chains/happy.json'), 'utf8')) as { records: Record<string, unknown>[] }).records;
const unseal = ({ hash: _hash, ...rest }: Record<string, unknown>) => rest;
const stored = (record: Record<string, unknown>) => Buffer.from(sealRecordText(unseal(record)).text, 'utf8');
/** The envelope the writer stores beside a record. */
const envelopeOf = (record: Record<string, unknown>): RecordEnvelope => ({
  eventId: record['eventId'] as string,
  type: record['eventType'] as string,
  metadata: { schemaVersion: 1, sequence: record['sequence'], hash: record['hash'], previousHash: record['previousHash'] },
});
const first = happy[0]!;

describe('readRecordIdentity', () => {
  it('reads eventId and eventType from a sealed record, and the same from any other layout by parsing', () => {
    const expected = { eventId: first['eventId'], eventType: first['eventType'] };
    expect(readRecordIdentity(stored(first))).toEqual(expected);
    expect(readRecordIdentity(Buffer.from(JSON.stringify(first, null, 2)))).toEqual(expected);
  });

  it('takes the top-level pair, not one nested in the context, and unescapes values', () => {
    const nested = { ...first, context: { copy: { eventId: 'nested-id', eventType: 'NESTED' } } };
    expect(readRecordIdentity(stored(nested))).toEqual({ eventId: first['eventId'], eventType: first['eventType'] });
    const escaped = { ...first, eventType: 'A"B\\C' };
    expect(readRecordIdentity(stored(escaped))).toEqual({ eventId: first['eventId'], eventType: 'A"B\\C' });
    expect(readRecordIdentity(stored({ ...first, eventType: 'ZÜRICH_東京' }))).toEqual({ eventId: first['eventId'], eventType: 'ZÜRICH_東京' });
  });

  it('gives undefined members for a record without them, and undefined for bytes that are no JSON object', () => {
    const { eventId: _id, ...withoutId } = unseal(first);
    expect(readRecordIdentity(Buffer.from(JSON.stringify(withoutId)))).toEqual({ eventId: undefined, eventType: first['eventType'] });
    expect(readRecordIdentity(Buffer.from('[1]'))).toBeUndefined();
    expect(readRecordIdentity(Buffer.from([0x7b, 0xff, 0x7d]))).toBeUndefined();
  });
});

describe('envelopeMismatches', () => {
  const identity = { eventId: first['eventId'], eventType: first['eventType'] };
  const chain = { sequence: 1, hash: first['hash'] as string, previousHash: first['previousHash'] as string };
  const edited = (change: Partial<RecordEnvelope> | { metadata: Record<string, unknown> }) => envelopeMismatches(identity, chain, { ...envelopeOf(first), ...change });

  it('finds nothing in the envelope the writer stores', () => {
    expect(envelopeMismatches(identity, chain, envelopeOf(first))).toEqual([]);
  });

  it('names each edited column', () => {
    const metadata = envelopeOf(first).metadata!;
    expect(edited({ eventId: '0193a0e0-0000-7000-8000-0000000000ff' })).toEqual(['envelope-event-id']);
    expect(edited({ type: 'RULE_CREATED' })).toEqual(['envelope-type']);
    expect(edited({ metadata: { ...metadata, sequence: 2 } })).toEqual(['envelope-sequence']);
    expect(edited({ metadata: { ...metadata, sequence: '1' } })).toEqual(['envelope-sequence']);
    expect(edited({ metadata: { ...metadata, hash: 'f'.repeat(64) } })).toEqual(['envelope-hash']);
    expect(edited({ metadata: { ...metadata, previousHash: 'f'.repeat(64) } })).toEqual(['envelope-previous-hash']);
    expect(edited({ metadata: undefined })).toEqual(['envelope-unreadable']);
    expect(edited({ type: 'X', metadata: { schemaVersion: 1 } })).toEqual(['envelope-type', 'envelope-sequence', 'envelope-hash', 'envelope-previous-hash']);
  });
});

describe('verifyStoredChainSegment with the envelopes', () => {
  const bytes = happy.map(stored);
  const envelopes = happy.map(envelopeOf);

  it('verifies a chain whose envelopes agree', () => {
    expect(verifyStoredChainSegment(bytes, { envelopes })).toMatchObject({ intact: true, verifiedCount: 5 });
  });

  it('breaks at the record whose envelope was edited, the records before it verified', () => {
    const edited = envelopes.map((envelope, i) => (i === 2 ? { ...envelope, metadata: { ...envelope.metadata, hash: 'f'.repeat(64) } } : envelope));
    const result = verifyStoredChainSegment(bytes, { envelopes: edited });
    expect(result).toMatchObject({ intact: false, verifiedCount: 2, firstBrokenSequence: 3, reasonCode: 'envelope-mismatch' });
    expect(result.reason).toBe("sequence 3: the metadata's hash is not the record's (the store's envelope was altered)");
    expect(result.lastVerified).toEqual({ sequence: 2, hash: happy[1]!['hash'] });
    // Without the envelopes the same bytes verify: only the columns outside the hash were edited.
    expect(verifyStoredChainSegment(bytes)).toMatchObject({ intact: true });
  });

  it('reports a chain break before an envelope break', () => {
    const altered = bytes.map((b, i) => (i === 1 ? Buffer.from(b.toString('utf8').replace('"limit-1"', '"limit-9"')) : b));
    const edited = envelopes.map((envelope, i) => (i === 3 ? { ...envelope, type: 'X' } : envelope));
    expect(verifyStoredChainSegment(altered, { envelopes: edited })).toMatchObject({ firstBrokenSequence: 2, reasonCode: 'hash-mismatch' });
  });
});
