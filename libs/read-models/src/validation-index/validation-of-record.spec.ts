import type { AuditRecord, JsonObject } from '#ledger-domain';
import { LedgerScript } from '../testing/lifecycle-fixtures.js';
import { validationOf } from './validation-of-record.js';

describe('validationOf', () => {
  const validated = (request: unknown, response: unknown = {}, result = 'DENY'): AuditRecord =>
    new LedgerScript().add('TRANSACTION_VALIDATED', 'tx-1', { request, response } as JsonObject, result);

  it('reads the flat spellings, keeping amounts as the strings they were', () => {
    const record = validated(
      { accountId: 'acc-1', segmentId: 'seg-1', portfolioId: 'pf-1', transactionType: 'PIX', amount: '1500.10', currency: 'BRL' },
      { matchedRuleIds: ['r-1', 'r-2'] },
    );
    expect(validationOf(record)).toEqual({
      transactionId: 'tx-1',
      decision: 'DENY',
      accountId: 'acc-1',
      segmentId: 'seg-1',
      portfolioId: 'pf-1',
      transactionType: 'PIX',
      matchedRuleIds: ['r-1', 'r-2'],
      amount: '1500.10',
      currency: 'BRL',
    });
  });

  it('gives its members in the documented order, leaving out those it did not find', () => {
    const facts = validationOf(validated({ currency: 'BRL', type: 'TED', accountId: 'acc-1' }))!;
    expect(Object.keys(facts)).toEqual(['transactionId', 'decision', 'accountId', 'transactionType', 'matchedRuleIds', 'currency']);
  });

  it.each<[string, object, object]>([
    ['account.id', { account: { id: 'acc-2' } }, { accountId: 'acc-2' }],
    ['account.accountId', { account: { accountId: 'acc-3' } }, { accountId: 'acc-3' }],
    ['segment.id', { segment: { id: 'seg-2' } }, { segmentId: 'seg-2' }],
    ['segment.segmentId', { segment: { segmentId: 'seg-3' } }, { segmentId: 'seg-3' }],
    ['portfolio.id', { portfolio: { id: 'pf-2' } }, { portfolioId: 'pf-2' }],
    ['portfolio.portfolioId', { portfolio: { portfolioId: 'pf-3' } }, { portfolioId: 'pf-3' }],
    ['type', { type: 'TED' }, { transactionType: 'TED' }],
  ])('reads the request spelled %s', (_spelling, request, expected) => {
    expect(validationOf(validated(request))).toEqual({ transactionId: 'tx-1', decision: 'DENY', matchedRuleIds: [], ...expected });
  });

  it('prefers the flat spelling when both are given', () => {
    const facts = validationOf(validated({ accountId: 'flat', account: { id: 'nested' }, transactionType: 'PIX', type: 'TED' }))!;
    expect(facts).toMatchObject({ accountId: 'flat', transactionType: 'PIX' });
  });

  describe('the matched rules', () => {
    const matched = (response: unknown) => validationOf(validated({}, response))!.matchedRuleIds;

    it('come from matchedRules as strings or as objects with ruleId or id', () => {
      expect(matched({ matchedRules: ['r-1', { ruleId: 'r-2', name: 'x' }, { id: 'r-3' }] })).toEqual(['r-1', 'r-2', 'r-3']);
    });
    it('join matchedRuleIds and matchedRules, each id once', () => {
      expect(matched({ matchedRuleIds: ['r-1', 'r-2'], matchedRules: [{ ruleId: 'r-2' }, 'r-3', 'r-1'] })).toEqual(['r-1', 'r-2', 'r-3']);
    });
    it('take ruleId over id in an object', () => {
      expect(matched({ matchedRules: [{ id: 'wrong', ruleId: 'r-1' }] })).toEqual(['r-1']);
    });
    it('skip items that name no rule by a string', () => {
      expect(matched({ matchedRules: [7, null, '', ['r-1'], { ruleId: 8 }, { id: { nested: 'r-2' } }, { name: 'r-3' }, 'r-4'] })).toEqual(['r-4']);
    });
    it('are none when the lists are not arrays or there is no response', () => {
      expect(matched({ matchedRuleIds: 'r-1', matchedRules: { ruleId: 'r-2' } })).toEqual([]);
      expect(matched('DENY')).toEqual([]);
      expect(matched(null)).toEqual([]);
    });
  });

  describe('given members of the wrong type', () => {
    it('counts them as absent, falling back to the next spelling', () => {
      const facts = validationOf(validated({ accountId: 42, account: { id: 'acc-2' }, segmentId: { id: 'seg-1' }, transactionType: ['PIX'], type: 'TED' }))!;
      expect(facts).toEqual({ transactionId: 'tx-1', decision: 'DENY', accountId: 'acc-2', transactionType: 'TED', matchedRuleIds: [] });
    });
    it('ignores numeric amounts, empty strings, arrays and nulls', () => {
      const facts = validationOf(validated({ amount: 1500.1, currency: '', account: ['acc-1'], segment: null, portfolioId: true }))!;
      expect(facts).toEqual({ transactionId: 'tx-1', decision: 'DENY', matchedRuleIds: [] });
    });
    it.each<[string, unknown]>([
      ['a string', 'acc-1'],
      ['an array', [{ accountId: 'acc-1' }]],
      ['null', null],
      ['a number', 3],
    ])('does not throw when the request is %s', (_kind, request) => {
      expect(validationOf(validated(request))).toEqual({ transactionId: 'tx-1', decision: 'DENY', matchedRuleIds: [] });
    });
    it('does not throw when the record has no request or response at all', () => {
      const record = new LedgerScript().add('TRANSACTION_VALIDATED', 'tx-9', {}, 'ALLOW');
      expect(validationOf(record)).toEqual({ transactionId: 'tx-9', decision: 'ALLOW', matchedRuleIds: [] });
    });
  });

  it('is undefined for other event types, and for a validation of something that is not a transaction', () => {
    expect(validationOf(new LedgerScript().add('RULE_ACTIVATED', 'r-1'))).toBeUndefined();
    expect(validationOf({ ...validated({ accountId: 'acc-1' }), resourceType: 'company' })).toBeUndefined();
  });
});
