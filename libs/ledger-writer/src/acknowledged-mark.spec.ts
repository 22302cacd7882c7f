import { compareLogWithMark, type AcknowledgedMark } from './acknowledged-mark.js';

const H = (c: string) => c.repeat(64);
const mark: AcknowledgedMark = { sequence: 300, hash: H('a'), source: 'read-models' };

describe('comparing a log with its acknowledged mark', () => {
  it('accepts a log that holds the acknowledged record at the mark', () => {
    expect(compareLogWithMark('l', mark, { length: 300, hashAtSequence: H('a') })).toBeUndefined();
  });

  it('accepts a longer log whose record at the mark is the acknowledged one (another writer extended it)', () => {
    expect(compareLogWithMark('l', mark, { length: 350, hashAtSequence: H('a') })).toBeUndefined();
  });

  it('accepts any log when nothing was acknowledged', () => {
    expect(compareLogWithMark('l', undefined, { length: 0, hashAtSequence: undefined })).toBeUndefined();
    expect(compareLogWithMark('l', { sequence: 0, hash: H('0'), source: 'read-models' }, { length: 0, hashAtSequence: undefined })).toBeUndefined();
  });

  it('refuses a log shorter than the mark, naming both numbers', () => {
    expect(compareLogWithMark('l', mark, { length: 297, hashAtSequence: undefined })).toEqual({
      ledgerId: 'l',
      acknowledgedSequence: 300,
      acknowledgedHash: H('a'),
      source: 'read-models',
      logLength: 297,
      logHashAtSequence: null,
    });
  });

  it('refuses a log one record short (the acknowledged head is the one missing)', () => {
    expect(compareLogWithMark('l', mark, { length: 299, hashAtSequence: undefined })).toMatchObject({ logLength: 299, logHashAtSequence: null });
  });

  it('refuses a log as long as the mark or longer that holds another record there', () => {
    expect(compareLogWithMark('l', mark, { length: 300, hashAtSequence: H('b') })).toMatchObject({ acknowledgedSequence: 300, logLength: 300, logHashAtSequence: H('b') });
    expect(compareLogWithMark('l', mark, { length: 400, hashAtSequence: H('b') })).toMatchObject({ logLength: 400, logHashAtSequence: H('b') });
  });
});
