import type { LifecycleState, LifecycleStatus } from '#ledger-domain';
import { checkMatchedRules } from './matched-rule-check.js';

describe('checkMatchedRules', () => {
  const rule = (resourceId: string, status: LifecycleStatus): LifecycleState => ({
    resourceType: 'rule', resourceId, status, version: 1, attributes: { name: resourceId, expression: 'x', action: 'DENY' },
  });
  const rules = [rule('r-active', 'ACTIVE'), rule('r-draft', 'DRAFT'), rule('r-off', 'INACTIVE'), rule('r-gone', 'DELETED')];

  it('says which matched rules were active, in the validator’s order', () => {
    expect(checkMatchedRules(['r-off', 'r-active'], rules)).toEqual([
      { ruleId: 'r-off', found: true, status: 'INACTIVE', activeAtValidation: false },
      { ruleId: 'r-active', found: true, status: 'ACTIVE', activeAtValidation: true },
    ]);
  });

  it('flags rules that were drafts or deleted as not active', () => {
    expect(checkMatchedRules(['r-draft', 'r-gone'], rules).map((check) => [check.status, check.activeAtValidation])).toEqual([
      ['DRAFT', false],
      ['DELETED', false],
    ]);
  });

  it('flags a rule the ledger did not have, without a status', () => {
    expect(checkMatchedRules(['r-ghost'], rules)).toEqual([{ ruleId: 'r-ghost', found: false, activeAtValidation: false }]);
  });

  it('is empty when the validation matched no rule', () => {
    expect(checkMatchedRules([], rules)).toEqual([]);
  });
});
