import { changedPaths } from './changed-paths.js';
import { evolveLifecycle } from './evolve-lifecycle.js';
import type { LifecycleEvent } from './lifecycle-event.js';
import { initialLifecycleState } from './lifecycle-state.js';
import { draftsOf, failed, recorded, sealedAt } from './testing/lifecycle-fixtures.js';
import type { AuditEventDraft } from '../audit-record.js';

const rule = draftsOf('rule');
const held = rule.attributes;

/** The paths the last of these drafts changed, after the others. */
function pathsChangedBy(...drafts: AuditEventDraft[]): string[] {
  const events: LifecycleEvent[] = recorded(...drafts);
  const before = events.slice(0, -1).reduce(evolveLifecycle, initialLifecycleState('rule', 'rule-1'));
  return changedPaths(before, evolveLifecycle(before, events.at(-1)!));
}

describe('the paths an event changed', () => {
  it('are every leaf of the attributes and the status for a creation', () => {
    expect(pathsChangedBy(rule.created())).toEqual(['action', 'expression', 'name', 'scopes[0].portfolioId', 'scopes[1].portfolioId', 'status']);
  });

  it('count an empty object or array as a leaf of a creation', () => {
    expect(pathsChangedBy(rule.created({ name: 'n', tags: [], limits: {} }))).toEqual(['limits', 'name', 'status', 'tags']);
  });

  it('are the status alone for an activation, a deactivation or a deletion', () => {
    expect(pathsChangedBy(rule.created(), rule.activated())).toEqual(['status']);
    expect(pathsChangedBy(rule.created(), rule.activated(), rule.deactivated())).toEqual(['status']);
    expect(pathsChangedBy(rule.created(), rule.deleted(held))).toEqual(['status']);
  });

  it('are the attribute paths that differ for an update, sorted', () => {
    const { expression: _dropped, ...withoutExpression } = held;
    const after = { ...withoutExpression, name: 'renamed', scopes: [{ portfolioId: 'p-1' }, { portfolioId: 'p-9' }, 'p-3'], 'max amount': '1' };
    expect(pathsChangedBy(rule.created(), rule.updated(held, after))).toEqual([
      '["max amount"]', 'expression', 'name', 'scopes[1].portfolioId', 'scopes[2]',
    ]);
  });

  it('are none for an update to the same attributes, or for a failed attempt', () => {
    expect(pathsChangedBy(rule.created(), rule.updated(held, { ...held, status: 'DRAFT' }))).toEqual([]);
    expect(pathsChangedBy(rule.created(), failed(rule.updated(held, {})))).toEqual([]);
    expect(pathsChangedBy(failed(rule.created()))).toEqual([]);
  });

  it('compare two given states, whichever event made them', () => {
    const draftState = recorded(rule.created()).reduce(evolveLifecycle, initialLifecycleState('rule', 'rule-1'));
    const activeState = evolveLifecycle(draftState, sealedAt(rule.activated(), 2));
    expect(changedPaths(activeState, draftState)).toEqual(['status']);
  });
});
