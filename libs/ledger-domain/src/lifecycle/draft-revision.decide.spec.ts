import { evolveLifecycle } from './evolve-lifecycle.js';
import { initialLifecycleState } from './lifecycle-state.js';
import { CONFLICTS_OF, RESOURCE_TYPES } from './testing/conflict-classes.js';
import { given } from './testing/given-lifecycle.js';
import { draftsOf, failed, recorded } from './testing/lifecycle-fixtures.js';

/** RULE_DRAFTED / LIMIT_DRAFTED (action DRAFT): a recorded revision of a resource that is still a draft. */
describe.each(RESOURCE_TYPES)('a draft revision of a %s', (type) => {
  const conflicts = CONFLICTS_OF[type];
  const $ = draftsOf(type);
  const revised = { ...$.attributes, [type === 'rule' ? 'expression' : 'maxAmount']: type === 'rule' ? 'amount > 9000' : '20000.00' };
  const fold = (events: ReturnType<typeof recorded>) => events.reduce(evolveLifecycle, initialLifecycleState(type, $.resourceId));

  describe(`when the ${type} is a draft`, () => {
    const history = recorded($.created());

    it('is accepted, and its after-image becomes the attributes while the status stays DRAFT', () => {
      given(history).when({ draft: $.drafted(revised) }).then([$.drafted(revised)]);
      const after = fold(recorded($.created(), $.drafted(revised)));
      expect(after).toMatchObject({ status: 'DRAFT', attributes: revised, version: 2, updatedAt: '2026-03-01T10:00:01.000Z' });
      expect(after.createdAt).toBe('2026-03-01T10:00:00.000Z');
    });

    it('is accepted again and again, each revision counting in the version', () => {
      given(recorded($.created(), $.drafted(revised))).when({ draft: $.drafted(), expectedVersion: 2 }).then([$.drafted()]);
    });
  });

  describe.each([
    ['active', () => recorded($.created(), $.activated()), 'ACTIVE'],
    ['inactive', () => recorded($.created(), $.activated(), $.deactivated()), 'INACTIVE'],
  ])(`when the ${type} is %s`, (_status, history, status) => {
    it('is refused, saying what it is', () => {
      const error = given(history()).when({ draft: $.drafted(revised) }).thenThrows(conflicts.NotDraft, `${conflicts.code}_NOT_DRAFT`);
      expect(error.message).toBe(`${type} ${$.resourceId} is not a draft (it is ${status}); a draft revision is recorded only while the ${type} is DRAFT`);
    });

    it('is recorded as a failed attempt', () => {
      given(history()).when({ draft: failed($.drafted(revised)) }).then([failed($.drafted(revised))]);
    });
  });

  it(`is refused for a ${type} never created, and for a deleted one`, () => {
    given([]).when({ draft: $.drafted() }).thenThrows(conflicts.Unknown, `${conflicts.code}_UNKNOWN`);
    given(recorded($.created(), $.deleted($.attributes))).when({ draft: $.drafted() }).thenThrows(conflicts.Deleted, `${conflicts.code}_DELETED`);
  });
});
