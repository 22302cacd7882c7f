import { generateNoteKey } from '../note/generate-note-key.js';
import { NoteKeyError } from '../note/note.errors.js';
import { computeRecordHash } from '../record-hash.js';
import { LEDGER_VERDICT_CODES as CODES } from './ledger-verdict.js';
import { buildTestRecords, resealFrom, signTestCheckpoint, TEST_LEDGER_ID, TEST_LOG_ORIGIN, toLines, type TestRecord } from './testing/test-ledger.js';
import { verifyLedgerExport, type LedgerExportProgress } from './verify-ledger-export.js';

// A ledger of 1,000 records and a checkpoint over all of them, signed by the pinned key.
const key = generateNoteKey('ledger.test');
const records = buildTestRecords(1000);
const lines = toLines(records);
const checkpoint = signTestCheckpoint(records, 1000, key.privateKey);
const verify = (l: Iterable<string> | AsyncIterable<string>, note = checkpoint, vkey = key.verifierKey) => verifyLedgerExport(l, note, vkey);

async function* slowly(items: readonly string[]): AsyncIterable<string> {
  for (const item of items) yield item;
}

describe('an intact export of 1,000 records', () => {
  it('verifies against the checkpoint over all of them', async () => {
    await expect(verify(lines)).resolves.toEqual({
      verified: true,
      origin: `${TEST_LOG_ORIGIN}/${TEST_LEDGER_ID}`,
      treeSize: 1000,
      records: 1000,
      beyondCheckpoint: 0,
    });
  });

  it('verifies when read as an async stream, reporting progress up to the last record', async () => {
    const progress: LedgerExportProgress[] = [];
    const verdict = await verifyLedgerExport(slowly(lines), checkpoint, key.verifierKey, (p) => progress.push(p));
    expect(verdict.verified).toBe(true);
    expect(progress.at(-1)).toEqual({ records: 1000, treeSize: 1000 });
  });

  it('ignores empty lines at the end of the file', async () => {
    await expect(verify([...lines, '', ''])).resolves.toMatchObject({ verified: true, records: 1000 });
  });

  it('verifies records 1..600 against a checkpoint of size 600 and counts the other 400 as not covered', async () => {
    const at600 = signTestCheckpoint(records, 600, key.privateKey);
    await expect(verify(lines, at600)).resolves.toMatchObject({ verified: true, treeSize: 600, records: 1000, beyondCheckpoint: 400 });
  });

  it('verifies an empty export against a checkpoint of the empty log', async () => {
    await expect(verify([], signTestCheckpoint(records, 0, key.privateKey))).resolves.toMatchObject({ verified: true, treeSize: 0, records: 0 });
  });
});

describe('a broken export', () => {
  const altered = (index: number, from: string, to: string) => lines.map((line, i) => (i === index ? line.replace(from, to) : line));

  it.each<[string, () => string[], string, number, RegExp]>([
    ['one altered byte in record 500', () => altered(499, '"tx-500"', '"tx-501"'), CODES.hashMismatch, 500, /^record 500: hash does not match its content$/],
    ['one altered byte in the hash of record 10', () => altered(9, records[9]!.hash, flipHex(records[9]!.hash)), CODES.hashMismatch, 10, /^record 10: hash/],
    ['line 300 deleted', () => lines.filter((_, i) => i !== 299), CODES.sequenceGap, 300, /^record 300 is missing or out of place: line 300 holds record 301$/],
    ['lines 700 and 701 swapped', () => swap(lines, 699, 700), CODES.sequenceGap, 700, /^record 700 is missing or out of place: line 700 holds record 701$/],
    ['line 42 repeated', () => [...lines.slice(0, 42), lines[41]!, ...lines.slice(42)], CODES.sequenceOutOfOrder, 43, /^record 43: line 43 holds record 42 again/],
    ['the file truncated after record 999', () => lines.slice(0, 999), CODES.truncated, 1000, /ends after record 999, but the checkpoint covers records 1\.\.1000/],
    ['the last line cut in the middle', () => [...lines.slice(0, 999), lines[999]!.slice(0, 80)], CODES.recordUnreadable, 1000, /^record 1000: line 1000 is not valid JSON$/],
    ['an empty line before record 5', () => [...lines.slice(0, 4), '', ...lines.slice(4)], CODES.recordUnreadable, 5, /^record 5: line 5 is empty$/],
    ['a record that is not an object', () => [...lines.slice(0, 4), '[1]', ...lines.slice(5)], CODES.recordUnreadable, 5, /line 5 is not a JSON object/],
    ['record 250 altered and resealed alone', () => toLines(resealAlone(records, 249)), CODES.previousHashMismatch, 251, /^record 251: previousHash does not match the hash of record 250$/],
    ['record 1 linked to something else than genesis', () => toLines(resealAlone(records, 0, { previousHash: 'f'.repeat(64) })), CODES.previousHashMismatch, 1, /genesis hash/],
  ])('fails for %s, naming the record', async (_what, broken, code, sequence, reason) => {
    const verdict = await verify(broken());
    expect(verdict).toEqual({ verified: false, code, sequence, reason: expect.stringMatching(reason) });
  });

  it('fails on the Merkle root when record 400 is rewritten and every later hash recomputed', async () => {
    const rewritten = resealFrom(records.map((r, i) => (i === 399 ? { ...r, result: 'ALLOW', resourceId: 'tx-forged' } : r)), 399);
    const verdict = await verify(toLines(rewritten));
    expect(verdict).toMatchObject({ verified: false, code: CODES.rootMismatch, reason: expect.stringMatching(/^records 1\.\.1000 do not have the checkpoint's Merkle root/) });
  });

  it('fails for a break after the checkpoint\'s size too', async () => {
    const at600 = signTestCheckpoint(records, 600, key.privateKey);
    await expect(verify(altered(899, '"tx-900"', '"tx-9OO"'), at600)).resolves.toMatchObject({ verified: false, code: CODES.hashMismatch, sequence: 900 });
  });
});

describe('a checkpoint that must not be trusted', () => {
  it('fails when signed by another key', async () => {
    const other = generateNoteKey('ledger.test');
    const verdict = await verify(lines, signTestCheckpoint(records, 1000, other.privateKey));
    expect(verdict).toMatchObject({ verified: false, code: CODES.checkpointUnknownKey, reason: expect.stringMatching(/^checkpoint not signed by the pinned key ledger\.test/) });
  });

  it('fails when its root was tampered with after signing', async () => {
    const [origin, size, root, ...rest] = checkpoint.split('\n');
    const tampered = [origin, size, flipBase64(root!), ...rest].join('\n');
    await expect(verify(lines, tampered)).resolves.toMatchObject({ verified: false, code: CODES.checkpointSignatureInvalid, reason: expect.stringMatching(/^checkpoint signature invalid/) });
  });

  it('fails when the signed root is not the records\' root', async () => {
    const ofOtherRecords = signTestCheckpoint(buildTestRecords(1000, 'ledger-2'), 1000, key.privateKey);
    await expect(verify(lines, ofOtherRecords)).resolves.toMatchObject({ verified: false, code: CODES.rootMismatch });
  });

  it('fails when the note has no signature block', async () => {
    await expect(verify(lines, checkpoint.slice(0, checkpoint.indexOf('\n\n') + 1))).resolves.toMatchObject({ verified: false, code: CODES.checkpointNoteMalformed, reason: expect.stringMatching(/^checkpoint malformed/) });
  });

  it('throws for a verifier key that is not one (a usage error, not a verdict)', async () => {
    await expect(verify(lines, checkpoint, key.privateKey)).rejects.toThrow(NoteKeyError);
  });
});

describe('the verdict codes', () => {
  it('are unique', () => {
    const codes = Object.values(CODES);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

function swap<T>(items: readonly T[], i: number, j: number): T[] {
  const out = [...items];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** Record `index` changed and its own hash recomputed; its successors left as they were. */
function resealAlone(all: readonly TestRecord[], index: number, change: Partial<TestRecord> = { result: 'REVIEW' }): TestRecord[] {
  const { hash: _old, ...body } = { ...all[index]!, ...change };
  return all.map((r, i) => (i === index ? { ...body, hash: computeRecordHash(body) } : r));
}

function flipHex(hex: string): string {
  return `${hex[0] === '0' ? '1' : '0'}${hex.slice(1)}`;
}

function flipBase64(text: string): string {
  return `${text[0] === 'A' ? 'B' : 'A'}${text.slice(1)}`;
}
