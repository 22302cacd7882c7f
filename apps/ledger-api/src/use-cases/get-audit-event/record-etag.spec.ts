import { noneMatch, recordEtag } from './record-etag.js';

const HASH = 'ab'.repeat(32);

describe('recordEtag', () => {
  it("is the record's own hash, quoted", () => {
    expect(recordEtag(`{"eventId":"e","context":{"hash":"${'cd'.repeat(32)}"},"previousHash":"${'00'.repeat(32)}","hash":"${HASH}"}`)).toBe(`"${HASH}"`);
  });

  it('is undefined for a text that does not end with a hash member', () => {
    expect(recordEtag(`{"hash":"${HASH}","eventId":"e"}`)).toBeUndefined();
    expect(recordEtag('{}')).toBeUndefined();
  });
});

describe('noneMatch', () => {
  const etag = `"${HASH}"`;
  it.each([[etag], ['*'], [`"other", ${etag}`], [`W/${etag}`]])('matches %s', (header) => expect(noneMatch(header, etag)).toBe(true));
  it.each([[undefined], ['"other"'], [HASH], ['']])('does not match %s', (header) => expect(noneMatch(header, etag)).toBe(false));
});
