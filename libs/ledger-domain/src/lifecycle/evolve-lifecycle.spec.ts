import { evolveLifecycle } from './evolve-lifecycle.js';
import type { LifecycleEvent } from './lifecycle-event.js';
import { initialLifecycleState, type LifecycleState } from './lifecycle-state.js';
import { draftsOf, failed, lifecycleDraft, recorded, sealedAt } from './testing/lifecycle-fixtures.js';

const rule = draftsOf('rule');
const fold = (events: LifecycleEvent[], from: LifecycleState = initialLifecycleState('rule', 'rule-1')) => events.reduce(evolveLifecycle, from);
const at = (second: number) => `2026-03-01T10:00:0${second}.000Z`;

describe('evolving a rule from its records', () => {
  it('starts with no status, version 0 and no attributes', () => {
    expect(initialLifecycleState('limit', 'limit-1')).toEqual({ resourceType: 'limit', resourceId: 'limit-1', status: undefined, version: 0, attributes: undefined });
  });

  it('follows a whole lifecycle, each event setting its timestamp', () => {
    const changed = { ...rule.attributes, expression: 'amount > 9000' };
    const history = recorded(rule.created(), rule.updated(rule.attributes, changed), rule.activated(), rule.deactivated(), rule.activated(), rule.deleted(changed));
    expect(fold(history.slice(0, 2))).toEqual({
      resourceType: 'rule', resourceId: 'rule-1', status: 'DRAFT', version: 2, attributes: changed,
      createdAt: at(0), updatedAt: at(1), lastEventId: 'evt-2', lastSequence: 2,
    });
    expect(fold(history.slice(0, 4))).toMatchObject({ status: 'INACTIVE', activatedAt: at(2), deactivatedAt: at(3), updatedAt: at(3) });
    expect(fold(history)).toEqual({
      resourceType: 'rule', resourceId: 'rule-1', status: 'DELETED', version: 6, attributes: changed,
      createdAt: at(0), updatedAt: at(5), activatedAt: at(4), deactivatedAt: at(3), deletedAt: at(5), lastEventId: 'evt-6', lastSequence: 6,
    });
  });

  it('keeps attributes without the top-level status of the after-image', () => {
    expect(fold(recorded(rule.created({ ...rule.attributes, status: 'ACTIVE' }))).attributes).toEqual(rule.attributes);
    expect(fold(recorded(rule.created({ ...rule.attributes, status: 'ACTIVE' }))).status).toBe('DRAFT');
  });

  it('only counts a failed attempt, and an event of a custom type naming the rule', () => {
    const created = fold(recorded(rule.created()));
    const custom = { ...lifecycleDraft('RULE_ACTIVATED', 'rule-1', {}), eventType: 'RULE_REVIEWED' };
    const after = fold([sealedAt(failed(rule.updated(rule.attributes, {})), 2), sealedAt(failed(rule.deleted({})), 3), sealedAt(custom, 4)], created);
    expect(after).toEqual({ ...created, version: 4, lastEventId: 'evt-4', lastSequence: 4 });
  });

  describe('when the records hold steps the decider would refuse (they are facts)', () => {
    it('activates a rule never created, without attributes', () => {
      expect(fold(recorded(rule.activated()))).toMatchObject({ status: 'ACTIVE', attributes: undefined, version: 1, activatedAt: at(0) });
    });

    it('updates a rule never created, leaving it without status', () => {
      expect(fold(recorded(rule.updated({}, rule.attributes)))).toMatchObject({ status: undefined, attributes: rule.attributes });
    });

    it('applies a flagged update like any other', () => {
      const flagged = { ...rule.updated({ stale: true }, { name: 'new' }), metadata: { ledgerFlags: { beforeImageMismatch: { paths: ['context.before.stale'] } } } };
      expect(fold(recorded(rule.created(), flagged)).attributes).toEqual({ name: 'new' });
    });

    it('re-creates a rule as a draft, keeping the first creation time', () => {
      expect(fold(recorded(rule.created(), rule.activated(), rule.created({ name: 'again' })))).toMatchObject({
        status: 'DRAFT', attributes: { name: 'again' }, createdAt: at(0), updatedAt: at(2),
      });
    });

    it('applies changes after a deletion', () => {
      expect(fold(recorded(rule.created(), rule.deleted(rule.attributes), rule.activated())).status).toBe('ACTIVE');
    });

    it('keeps the attributes when an after-image is not an object', () => {
      const odd = { ...rule.updated(rule.attributes, {}), context: { before: rule.attributes, after: 'gone' } };
      expect(fold(recorded(rule.created(), odd)).attributes).toEqual(rule.attributes);
    });
  });

  it('changes neither the state nor the event it is given', () => {
    const deepFreeze = <T>(value: T): T => {
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
      return Object.freeze(value);
    };
    const state = deepFreeze(fold(recorded(rule.created())));
    const event = deepFreeze(sealedAt(rule.updated(rule.attributes, { ...rule.attributes, status: 'DRAFT', name: 'x' }), 2));
    expect(evolveLifecycle(state, event)).toMatchObject({ version: 2, attributes: { name: 'x' } });
    expect(state.version).toBe(1);
  });

  it.each([
    ['another rule', sealedAt(draftsOf('rule', 'rule-2').activated(), 1)],
    ['a limit with the same id', sealedAt(draftsOf('limit', 'rule-1').activated(), 1)],
    ['a limit event type on the rule', { ...sealedAt(draftsOf('limit', 'rule-1').activated(), 1), resourceType: 'rule' }],
  ])('throws a plain error for an event of %s', (_what, event) => {
    expect(() => evolveLifecycle(initialLifecycleState('rule', 'rule-1'), event)).toThrow(/is not of rule rule-1/);
  });
});
