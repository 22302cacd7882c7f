import { scopeIdsOf } from './scope-ids-of.js';

describe('the ids of scopes', () => {
  it('are the strings of an array of strings, sorted and deduplicated', () => {
    expect(scopeIdsOf(['seg-2', 'seg-1', 'seg-2'])).toEqual(['seg-1', 'seg-2']);
  });

  it('are the string members named id or ending in Id of an array of objects', () => {
    expect(scopeIdsOf([
      { portfolioId: 'p-2', kind: 'portfolio' },
      { id: 'x-1', segmentId: 'seg-1', paid: 'no', Id: 'bare' },
      { portfolioId: 7, merchantIds: ['m-1'], nested: { accountId: 'a-1' } },
      { portfolioId: 'p-2' },
    ])).toEqual(['bare', 'p-2', 'seg-1', 'x-1']);
  });

  it('take strings and objects from a mixed array, skipping anything else', () => {
    expect(scopeIdsOf(['s-1', { id: 'o-1' }, 3, null, ['s-2']])).toEqual(['o-1', 's-1']);
  });

  it.each([undefined, null, 'seg-1', { portfolioId: 'p-1' }, 3])('are none for %j', (scopes) => {
    expect(scopeIdsOf(scopes)).toEqual([]);
  });
});
