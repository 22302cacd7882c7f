import type { JsonObject } from '../json-value.js';
import { LimitBeforeMismatchError } from '../errors/limit-errors.js';
import { RuleBeforeMismatchError } from '../errors/rule-errors.js';
import { given } from './testing/given-lifecycle.js';
import { draftsOf, recorded } from './testing/lifecycle-fixtures.js';

const rule = draftsOf('rule');
const held = rule.attributes;
const changed = { ...held, expression: 'amount > 9000' };
const activeRule = recorded(rule.created(), rule.activated());
const pathsOf = (before: JsonObject) =>
  given(activeRule).when({ draft: rule.updated(before, changed) }).thenThrows(RuleBeforeMismatchError, 'LEDGER.RULE_BEFORE_MISMATCH').violations;

describe('gap detection: context.before must be the state the ledger holds', () => {
  describe('when the before-image is the held state', () => {
    it('accepts it, with or without the status', () => {
      given(activeRule).when({ draft: rule.updated(held, changed) }).then([rule.updated(held, changed)]);
      given(activeRule).when({ draft: rule.updated({ ...held, status: 'ACTIVE' }, changed) }).then([rule.updated({ ...held, status: 'ACTIVE' }, changed)]);
    });

    it('compares numbers by value (1.0 is 1)', () => {
      const history = recorded(rule.created(JSON.parse('{"name":"n","expression":"e","action":"DENY","threshold":1}')));
      const before = JSON.parse('{"name":"n","expression":"e","action":"DENY","threshold":1.0}');
      given(history).when({ draft: rule.updated(before, changed) }).then((drafts) => expect(drafts).toHaveLength(1));
    });

    it('compares with the last accepted after-image, not the first', () => {
      const history = recorded(rule.created(), rule.updated(held, changed));
      given(history).when({ draft: rule.updated(held, held) }).thenThrows(RuleBeforeMismatchError);
      given(history).when({ draft: rule.updated(changed, held) }).then((drafts) => expect(drafts).toHaveLength(1));
    });
  });

  describe('when the before-image differs', () => {
    it('rejects a changed leaf at its path', () => {
      expect(pathsOf({ ...held, expression: 'amount > 1' })).toEqual([
        { path: 'context.before.expression', message: 'context.before.expression differs from the state the ledger holds' },
      ]);
    });

    it('rejects a member the held state does not have', () => {
      expect(pathsOf({ ...held, priority: 1 })).toEqual([{ path: 'context.before.priority', message: 'context.before.priority is not in the state the ledger holds' }]);
    });

    it('rejects a missing member the held state has', () => {
      const { name: _name, ...withoutName } = held;
      expect(pathsOf(withoutName)).toEqual([{ path: 'context.before.name', message: 'context.before.name is missing, but the state the ledger holds has it' }]);
    });

    it('rejects an array of another length at the extra or missing element', () => {
      expect(pathsOf({ ...held, scopes: [{ portfolioId: 'p-1' }, { portfolioId: 'p-2' }, 'p-3'] }).map((v) => v.path)).toEqual(['context.before.scopes[2]']);
      expect(pathsOf({ ...held, scopes: [{ portfolioId: 'p-1' }] })).toEqual([
        { path: 'context.before.scopes[1]', message: 'context.before.scopes[1] is missing, but the state the ledger holds has it' },
      ]);
    });

    it('rejects a nested difference at the nested path', () => {
      expect(pathsOf({ ...held, scopes: [{ portfolioId: 'p-1' }, { portfolioId: 'p-9' }] }).map((v) => v.path)).toEqual(['context.before.scopes[1].portfolioId']);
    });

    it('rejects a value of another type, naming both types', () => {
      expect(pathsOf({ ...held, name: 7, scopes: {} })).toEqual([
        { path: 'context.before.name', message: 'context.before.name is a number, but the ledger holds a string there' },
        { path: 'context.before.scopes', message: 'context.before.scopes is an object, but the ledger holds an array there' },
      ]);
    });

    it('rejects another status, naming the held one', () => {
      expect(pathsOf({ ...held, status: 'DRAFT' })).toEqual([
        { path: 'context.before.status', message: 'context.before.status differs from the status the ledger holds, ACTIVE' },
      ]);
    });

    it('reports every difference, sorted by path, and says a change was probably never recorded', () => {
      const error = given(activeRule).when({ draft: rule.updated({ ...held, status: 'INACTIVE', name: 'old', extra: 1 }, changed) }).thenThrows(RuleBeforeMismatchError);
      expect(error.violations.map((v) => v.path)).toEqual(['context.before.extra', 'context.before.name', 'context.before.status']);
      expect(error.message).toBe(
        'context.before of rule rule-1 differs from the state the ledger holds (3 differences); an earlier change of that rule was probably never recorded',
      );
      expect({ resourceType: error.resourceType, resourceId: error.resourceId }).toEqual({ resourceType: 'rule', resourceId: 'rule-1' });
    });

    it('lists at most 100 differences, counting them all in the message', () => {
      const extra = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${String(i).padStart(3, '0')}`, i]));
      const error = given(activeRule).when({ draft: rule.updated({ ...held, ...extra }, changed) }).thenThrows(RuleBeforeMismatchError);
      expect(error.violations).toHaveLength(100);
      expect(error.violations[99]).toEqual({ path: '$', message: '51 more problems not listed' });
      expect(error.message).toMatch(/\(150 differences\)/);
    });

    it('applies to deletion, and to limits', () => {
      const limit = draftsOf('limit');
      const history = recorded(limit.created(), limit.updated(limit.attributes, { ...limit.attributes, maxAmount: '20000.00' }));
      const error = given(history).when({ draft: limit.deleted(limit.attributes) }).thenThrows(LimitBeforeMismatchError, 'LEDGER.LIMIT_BEFORE_MISMATCH');
      expect(error.violations.map((v) => v.path)).toEqual(['context.before.maxAmount']);
    });
  });
});
