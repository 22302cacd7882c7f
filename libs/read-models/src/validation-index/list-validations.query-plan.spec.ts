import type { JsonObject } from '#ledger-domain';
import { ReadStore } from '../projector/read-store.js';
import { LedgerScript, scriptTime } from '../testing/lifecycle-fixtures.js';
import { buildValidationListQuery } from './list-validations.sql.js';
import { ValidationIndex } from './validation-index.js';
import type { ValidationListFilter } from './validation-list-filter.js';

/**
 * Each list filter must be an index range scan in sequence order: a full scan, or sorting the
 * matches in a temporary B-tree, would read every validation of the ledger.
 */
describe('the validation list query plan', () => {
  let readStore: ReadStore;
  let index: ValidationIndex;
  beforeAll(() => {
    readStore = ReadStore.open(':memory:');
    index = new ValidationIndex(readStore);
    readStore.register([index]);
    const script = new LedgerScript();
    for (let i = 0; i < 100; i++) {
      const request: JsonObject = { accountId: `acc-${i % 7}`, segmentId: `seg-${i % 3}`, portfolioId: `pf-${i % 5}`, transactionType: 'PIX' };
      script.add('TRANSACTION_VALIDATED', `tx-${i}`, { request, response: { matchedRuleIds: [`r-${i % 4}`] } }, i % 2 ? 'ALLOW' : 'DENY');
    }
    script.events.forEach((event) => index.apply(readStore.db, event));
  });
  afterAll(() => readStore.close());

  const dates = { startDate: scriptTime(5), endDate: scriptTime(60) };
  const PRIMARY_KEY = 'PRIMARY KEY';

  const plan = (filters: Omit<ValidationListFilter, 'limit' | 'sortOrder'>, sortOrder: 'ASC' | 'DESC') => {
    const query = buildValidationListQuery(readStore.db, index.tables, 'ledger-a', { ...filters, limit: 100, sortOrder })!;
    return (readStore.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[]).map((row) => row.detail);
  };

  it.each<[string, Omit<ValidationListFilter, 'limit' | 'sortOrder'>, string]>([
    ['no filter', {}, PRIMARY_KEY],
    ['result', { result: 'ALLOW' }, 'INDEX validations_result'],
    ['account_id', { accountId: 'acc-3' }, 'INDEX validations_account_id'],
    ['segment_id', { segmentId: 'seg-1' }, 'INDEX validations_segment_id'],
    ['portfolio_id', { portfolioId: 'pf-2' }, 'INDEX validations_portfolio_id'],
    ['transaction_type', { transactionType: 'PIX' }, 'INDEX validations_transaction_type'],
    ['a date range', dates, PRIMARY_KEY],
    ['a date range + result', { ...dates, result: 'DENY' }, 'INDEX validations_result'],
    ['result + account_id', { result: 'DENY', accountId: 'acc-3' }, 'INDEX validations_account_id'],
  ])('answers %s from an index, in sequence order, both ways', (_name, filters, expectedIndex) => {
    for (const sortOrder of ['ASC', 'DESC'] as const) {
      const details = plan(filters, sortOrder);
      expect(details).toEqual([expect.stringMatching(new RegExp(`^SEARCH v USING (COVERING )?${expectedIndex} \\(ledger_id=\\?`))]);
      expect(details.join()).not.toMatch(/TEMP B-TREE|SCAN/);
    }
  });

  it.each<[string, Omit<ValidationListFilter, 'limit' | 'sortOrder'>]>([
    ['alone', { matchedRuleId: 'r-1' }],
    ['with a date range', { matchedRuleId: 'r-1', ...dates }],
    ['with other filters', { matchedRuleId: 'r-1', result: 'ALLOW', accountId: 'acc-3' }],
  ])('answers matched_rule_id %s from the matched rules, in sequence order, both ways', (_name, filters) => {
    for (const sortOrder of ['ASC', 'DESC'] as const) {
      const details = plan(filters, sortOrder);
      expect(details[0]).toMatch(/^SEARCH m USING PRIMARY KEY \(ledger_id=\? AND rule_id=\?/);
      if (details.length > 1) expect(details.slice(1)).toEqual([expect.stringMatching(/^SEARCH v USING PRIMARY KEY \(ledger_id=\? AND sequence=\?\)$/)]);
      expect(details.join()).not.toMatch(/TEMP B-TREE|SCAN/);
    }
  });

  it('finds the validations of a transaction on their index', () => {
    const details = (readStore.db.prepare(
      `EXPLAIN QUERY PLAN SELECT sequence FROM validations WHERE ledger_id = ? AND transaction_id = ? ORDER BY sequence`,
    ).all('ledger-a', 'tx-1') as { detail: string }[]).map((row) => row.detail);
    expect(details).toEqual([expect.stringMatching(/^SEARCH validations USING COVERING INDEX validations_transaction_id \(ledger_id=\? AND transaction_id=\?\)$/)]);
  });
});
