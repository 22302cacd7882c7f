import { evolveLifecycle } from './evolve-lifecycle.js';
import { limitView } from './limit-view.js';
import { initialLifecycleState, type LifecycleResourceType } from './lifecycle-state.js';
import { ruleView } from './rule-view.js';
import { draftsOf, recorded } from './testing/lifecycle-fixtures.js';
import type { AuditEventDraft } from '../audit-record.js';

const stateOf = (type: LifecycleResourceType, ...drafts: AuditEventDraft[]) =>
  recorded(...drafts).reduce(evolveLifecycle, initialLifecycleState(type, `${type}-1`));

describe('the rule view', () => {
  const rule = draftsOf('rule');

  it('lifts the rule attributes out, then the lifecycle, in this order', () => {
    const view = ruleView(stateOf('rule', { ...rule.created(), context: { after: { ...rule.attributes, owner: 'risk' } } }, rule.activated()));
    expect(view).toEqual({
      ruleId: 'rule-1', name: 'High-value PIX at night', expression: 'amount > 5000', action: 'DENY', scopes: rule.attributes['scopes'],
      status: 'ACTIVE', version: 2, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:01.000Z',
      activatedAt: '2026-03-01T10:00:01.000Z', lastEventId: 'evt-2', attributes: { ...rule.attributes, owner: 'risk' },
    });
    expect(Object.keys(view)).toEqual([
      'ruleId', 'name', 'expression', 'action', 'scopes', 'status', 'version', 'createdAt', 'updatedAt', 'activatedAt', 'lastEventId', 'attributes',
    ]);
  });

  it('leaves out what the history does not give, never holding undefined', () => {
    const view = ruleView(initialLifecycleState('rule', 'rule-9'));
    expect(view).toEqual({ ruleId: 'rule-9', version: 0 });
    expect(Object.keys(view)).toEqual(['ruleId', 'version']);
  });

  it('leaves out attributes of the wrong type, keeping them in attributes', () => {
    const view = ruleView(stateOf('rule', rule.created({ name: 42, expression: 'e', action: 'DENY', scopes: 'all' })));
    expect(Object.keys(view)).toEqual(['ruleId', 'expression', 'action', 'status', 'version', 'createdAt', 'updatedAt', 'lastEventId', 'attributes']);
    expect(view.attributes).toEqual({ name: 42, expression: 'e', action: 'DENY', scopes: 'all' });
  });

  it('is refused for a limit', () => {
    expect(() => ruleView(initialLifecycleState('limit', 'limit-1'))).toThrow('ruleView: limit limit-1 is not a rule');
  });
});

describe('the limit view', () => {
  const limit = draftsOf('limit');

  it('lifts the limit attributes out, then the lifecycle', () => {
    const view = limitView(stateOf('limit', limit.created(), limit.activated(), limit.deactivated(), limit.deleted(limit.attributes)));
    expect(view).toEqual({
      limitId: 'limit-1', limitType: 'DAILY', maxAmount: '10000.00', currency: 'BRL', scopes: ['seg-1'], status: 'DELETED', version: 4,
      createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:03.000Z', activatedAt: '2026-03-01T10:00:01.000Z',
      deactivatedAt: '2026-03-01T10:00:02.000Z', deletedAt: '2026-03-01T10:00:03.000Z', lastEventId: 'evt-4', attributes: limit.attributes,
    });
    expect(Object.keys(view).slice(0, 7)).toEqual(['limitId', 'limitType', 'maxAmount', 'currency', 'scopes', 'status', 'version']);
  });

  it('leaves out a maxAmount recorded as a number', () => {
    expect(limitView(stateOf('limit', limit.created({ ...limit.attributes, maxAmount: 5 })))).not.toHaveProperty('maxAmount');
  });

  it('is refused for a rule', () => {
    expect(() => limitView(initialLifecycleState('rule', 'rule-1'))).toThrow('limitView: rule rule-1 is not a limit');
  });
});
