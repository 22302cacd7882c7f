import { decideLifecycle } from './decide-lifecycle.js';
import { initialLifecycleState } from './lifecycle-state.js';
import { CONFLICTS_OF, RESOURCE_TYPES } from './testing/conflict-classes.js';
import { given } from './testing/given-lifecycle.js';
import { draftsOf, failed, lifecycleDraft, recorded } from './testing/lifecycle-fixtures.js';

describe.each(RESOURCE_TYPES)('failed attempts and expected versions of a %s', (type) => {
  const conflicts = CONFLICTS_OF[type];
  const $ = draftsOf(type);
  const stale = { ...$.attributes, stale: true };

  describe('when the attempt failed', () => {
    it.each([
      ['an activation of a resource never created', [], () => $.activated()],
      ['a creation of an existing resource', recorded($.created()), () => $.created()],
      ['a deactivation of a draft', recorded($.created()), () => $.deactivated()],
      ['an update with a stale before-image', recorded($.created()), () => $.updated(stale, $.attributes)],
      ['a deletion of a deleted resource', recorded($.created(), $.deleted($.attributes)), () => $.deleted(stale)],
    ] as const)('records %s, since the failure is what happened', (_what, history, draft) => {
      given(history).when({ draft: failed(draft()) }).then([failed(draft())]);
    });
  });

  describe('when the client sends the version it based the change on', () => {
    const history = recorded($.created(), failed($.activated()));

    it('accepts the current version, counting failed attempts', () => {
      given(history).when({ draft: $.activated(), expectedVersion: 2 }).then([$.activated()]);
    });

    it('accepts version 0 for a creation', () => {
      given([]).when({ draft: $.created(), expectedVersion: 0 }).then([$.created()]);
    });

    it('rejects any other version, saying both', () => {
      const error = given(history).when({ draft: $.activated(), expectedVersion: 1 }).thenThrows(conflicts.VersionMismatch, `${conflicts.code}_VERSION_MISMATCH`);
      expect(error.message).toBe(`${type} ${$.resourceId} is at version 2, not at the expected version 1; reload it and retry`);
      expect(error.violations).toEqual([{ path: 'expectedVersion', message: error.message }]);
    });

    it('rejects a wrong version of a failed attempt too', () => {
      given(history).when({ draft: failed($.activated()), expectedVersion: 3 }).thenThrows(conflicts.VersionMismatch);
    });

    it('checks the version before the status', () => {
      given(recorded($.created(), $.deleted($.attributes))).when({ draft: $.activated(), expectedVersion: 0 }).thenThrows(conflicts.VersionMismatch);
    });
  });
});

describe('a command the decider cannot be given', () => {
  const state = initialLifecycleState('rule', 'rule-1');
  const policy = { beforeImageMismatch: 'reject' } as const;
  const $ = draftsOf('rule');

  it.each([
    ['a transaction validation', { ...lifecycleDraft('RULE_ACTIVATED', 'rule-1', {}), eventType: 'TRANSACTION_VALIDATED', resourceType: 'transaction' }],
    ['a custom event type', { ...$.activated(), eventType: 'RULE_REVIEWED' }],
    ['an event of another rule', draftsOf('rule', 'rule-2').activated()],
    ['an event of a limit with the same id', draftsOf('limit', 'rule-1').activated()],
    ['a draft whose resourceType disagrees with its event type', { ...$.activated(), resourceType: 'limit' }],
    ['a result that is neither SUCCESS nor FAILED', { ...$.activated(), result: 'ALLOW' }],
  ])('throws a plain error for %s', (_what, draft) => {
    let thrown: unknown;
    try {
      decideLifecycle({ draft }, state, policy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toHaveProperty('code');
  });
});
