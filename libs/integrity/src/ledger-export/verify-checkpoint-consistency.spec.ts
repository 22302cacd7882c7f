import { generateNoteKey } from '../note/generate-note-key.js';
import { LEDGER_VERDICT_CODES as CODES } from './ledger-verdict.js';
import { buildTestRecords, resealFrom, signTestCheckpoint, testConsistencyProofHex } from './testing/test-ledger.js';
import { verifyCheckpointConsistency } from './verify-checkpoint-consistency.js';

// The same ledger seen twice: at 600 records (the checkpoint an auditor kept) and at 1,000.
const key = generateNoteKey('ledger.test');
const records = buildTestRecords(1000);
const at = (size: number, log = records, privateKey = key.privateKey) => signTestCheckpoint(log, size, privateKey);
const proof = (from: number, to: number, log = records) => testConsistencyProofHex(log, from, to);
const check = (oldNote: string, newNote: string, hexes: string[]) => verifyCheckpointConsistency(oldNote, newNote, key.verifierKey, hexes);

describe('a log that only grew', () => {
  it.each([
    [600, 1000],
    [1, 1000],
    [512, 1000],
    [999, 1000],
  ])('verifies checkpoint %i as a prefix of checkpoint %i', (from, to) => {
    expect(check(at(from), at(to), proof(from, to))).toEqual({ verified: true, origin: 'ledger.test/log/ledger-1', oldSize: from, newSize: to });
  });

  it('verifies the same checkpoint with an empty proof', () => {
    expect(check(at(1000), at(1000), [])).toMatchObject({ verified: true, oldSize: 1000, newSize: 1000 });
  });

  it('verifies a kept checkpoint of the empty log without a proof', () => {
    expect(check(at(0), at(1000), [])).toMatchObject({ verified: true, oldSize: 0 });
  });
});

describe('a log that was truncated or rewritten', () => {
  it('fails when the log is now shorter than the kept checkpoint', () => {
    expect(check(at(1000), at(600), [])).toMatchObject({
      verified: false,
      code: CODES.logShorter,
      reason: expect.stringMatching(/^the log is shorter than the checkpoint you kept: it now has 600 records, your checkpoint signed 1000/),
    });
  });

  it('fails when record 300 was rewritten (and every later hash recomputed) after the kept checkpoint', () => {
    const forged = resealFrom(records.map((r, i) => (i === 299 ? { ...r, result: 'REVIEW' } : r)), 299);
    expect(check(at(600), at(1000, forged), proof(600, 1000, forged))).toMatchObject({
      verified: false,
      code: CODES.notAPrefix,
      reason: expect.stringMatching(/^the log was rewritten: checkpoint 600 is not a prefix of checkpoint 1000/),
    });
  });

  it('fails for the same size with another root', () => {
    const forged = resealFrom(records.map((r, i) => (i === 9 ? { ...r, result: 'REVIEW' } : r)), 9);
    expect(check(at(1000), at(1000, forged), [])).toMatchObject({ verified: false, code: CODES.notAPrefix });
  });

  it('fails for a proof with one hash altered', () => {
    const hexes = proof(600, 1000);
    hexes[1] = `${hexes[1]![0] === '0' ? '1' : '0'}${hexes[1]!.slice(1)}`;
    expect(check(at(600), at(1000), hexes)).toMatchObject({ verified: false, code: CODES.notAPrefix });
  });

  it('fails for a proof hash that is not lowercase hex', () => {
    const hexes = proof(600, 1000).map((h) => h.toUpperCase());
    expect(check(at(600), at(1000), hexes)).toMatchObject({ verified: false, code: CODES.proofMalformed });
  });
});

describe('checkpoints that must not be trusted', () => {
  it('fails when the new checkpoint is signed by another key', () => {
    const other = generateNoteKey('ledger.test');
    expect(check(at(600), at(1000, records, other.privateKey), proof(600, 1000))).toMatchObject({
      verified: false,
      code: CODES.checkpointUnknownKey,
      reason: expect.stringMatching(/^new checkpoint not signed by the pinned key/),
    });
  });

  it('fails when the kept checkpoint is signed by another key', () => {
    const other = generateNoteKey('ledger.test');
    expect(check(at(600, records, other.privateKey), at(1000), proof(600, 1000))).toMatchObject({
      verified: false,
      reason: expect.stringMatching(/^old checkpoint not signed by the pinned key/),
    });
  });

  it('fails when the checkpoints are of different ledgers', () => {
    const otherLedger = signTestCheckpoint(records, 1000, key.privateKey, 'ledger.test/log/ledger-2');
    expect(check(at(600), otherLedger, proof(600, 1000))).toMatchObject({ verified: false, code: CODES.originMismatch });
  });
});
