import { LimitNotActiveError } from './limit-errors.js';
import { LifecycleConflictError } from './lifecycle-conflict-error.js';
import { RuleBeforeMismatchError, RuleDeletedError, RuleVersionMismatchError } from './rule-errors.js';

describe('a lifecycle conflict', () => {
  it('names the resource and reports the refusal at resourceId', () => {
    const error = new LimitNotActiveError('limit-7', 'DRAFT');
    expect(error).toBeInstanceOf(LifecycleConflictError);
    expect({ resourceType: error.resourceType, resourceId: error.resourceId, kind: error.kind }).toEqual({
      resourceType: 'limit', resourceId: 'limit-7', kind: 'conflict',
    });
    expect(error.violations).toEqual([{ path: 'resourceId', message: 'limit limit-7 is not active (it is DRAFT); only an active limit can be deactivated' }]);
  });

  describe('when it is seen from a batch (atBatchIndex)', () => {
    const original = new RuleDeletedError('rule-1');
    const atThree = original.atBatchIndex(3);

    it('is an error of the same class, code and resource', () => {
      expect(atThree).toBeInstanceOf(RuleDeletedError);
      expect({ name: atThree.name, code: atThree.code, title: atThree.title, resourceId: atThree.resourceId, resourceType: atThree.resourceType }).toEqual({
        name: 'RuleDeletedError', code: 'LEDGER.RULE_DELETED', title: original.title, resourceId: 'rule-1', resourceType: 'rule',
      });
    });

    it('says which event was refused, in the message and the violation paths', () => {
      expect(atThree.message).toBe('events[3]: rule rule-1 is deleted; a deleted rule never changes again');
      expect(atThree.violations).toEqual([{ path: 'events[3].resourceId', message: original.message }]);
      expect(atThree.stack).toContain('events[3]: rule rule-1 is deleted');
    });

    it('leaves the original as it was', () => {
      expect(original.message).toBe('rule rule-1 is deleted; a deleted rule never changes again');
      expect(original.violations[0]!.path).toBe('resourceId');
    });

    it('prefixes every gap path and the version path', () => {
      const gap = new RuleBeforeMismatchError('rule-1', [{ path: 'context.before.scopes[1].portfolioId', message: 'm' }]).atBatchIndex(0);
      expect(gap.violations.map((v) => v.path)).toEqual(['events[0].context.before.scopes[1].portfolioId']);
      expect(new RuleVersionMismatchError('rule-1', 1, 2).atBatchIndex(12).violations.map((v) => v.path)).toEqual(['events[12].expectedVersion']);
    });

    it('keeps the message as it is when the id holds replacement patterns', () => {
      expect(new RuleDeletedError('$&$1').atBatchIndex(1).message).toBe('events[1]: rule $&$1 is deleted; a deleted rule never changes again');
    });
  });
});
