import { evolveLifecycle } from './evolve-lifecycle.js';
import { initialLifecycleState } from './lifecycle-state.js';
import { CONFLICTS_OF, RESOURCE_TYPES } from './testing/conflict-classes.js';
import { given } from './testing/given-lifecycle.js';
import { draftsOf, failed, recorded, sealedAt } from './testing/lifecycle-fixtures.js';

describe.each(RESOURCE_TYPES)('creating, updating and deleting a %s', (type) => {
  const conflicts = CONFLICTS_OF[type];
  const $ = draftsOf(type);
  const changed = { ...$.attributes, scopes: [] };

  describe(`when the ${type} was never created`, () => {
    it('accepts creation, recording the draft as it is', () => {
      given([]).when({ draft: $.created() }).then([$.created()]);
    });

    it('rejects an update', () => {
      given([]).when({ draft: $.updated($.attributes, changed) }).thenThrows(conflicts.Unknown, `${conflicts.code}_UNKNOWN`);
    });

    it('rejects deletion', () => {
      given([]).when({ draft: $.deleted($.attributes) }).thenThrows(conflicts.Unknown, `${conflicts.code}_UNKNOWN`);
    });
  });

  describe(`when only a failed creation of the ${type} is recorded`, () => {
    it('accepts creation', () => {
      given(recorded(failed($.created()))).when({ draft: $.created() }).then([$.created()]);
    });
  });

  describe(`when the ${type} is a draft`, () => {
    const history = recorded($.created());

    it('rejects creating it again', () => {
      const error = given(history).when({ draft: $.created() }).thenThrows(conflicts.AlreadyExists, `${conflicts.code}_ALREADY_EXISTS`);
      expect(error.message).toBe(`${type} ${$.resourceId} already exists in this ledger; ids are never reused, not even after deletion`);
    });

    it('accepts an update whose before-image is the held state, and the update keeps the status', () => {
      given(history).when({ draft: $.updated($.attributes, changed) }).then((drafts) => {
        const state = [...history, sealedAt(drafts[0]!, 2)].reduce(evolveLifecycle, initialLifecycleState(type, $.resourceId));
        expect({ status: state.status, attributes: state.attributes }).toEqual({ status: 'DRAFT', attributes: changed });
      });
    });

    it('accepts an update whose before-image also states the status', () => {
      given(history).when({ draft: $.updated({ ...$.attributes, status: 'DRAFT' }, changed) }).then([$.updated({ ...$.attributes, status: 'DRAFT' }, changed)]);
    });

    it('accepts deletion', () => {
      given(history).when({ draft: $.deleted($.attributes) }).then([$.deleted($.attributes)]);
    });
  });

  describe(`when the ${type} is active`, () => {
    const history = recorded($.created(), $.activated());

    it('accepts an update stating the status ACTIVE', () => {
      given(history).when({ draft: $.updated({ ...$.attributes, status: 'ACTIVE' }, changed) }).then((drafts) => expect(drafts).toHaveLength(1));
    });

    it('accepts deletion', () => {
      given(history).when({ draft: $.deleted($.attributes) }).then([$.deleted($.attributes)]);
    });
  });

  describe(`when the ${type} is deleted`, () => {
    const history = recorded($.created(), $.activated(), $.deleted($.attributes));

    it('rejects creating it again: ids are never reused', () => {
      given(history).when({ draft: $.created() }).thenThrows(conflicts.AlreadyExists, `${conflicts.code}_ALREADY_EXISTS`);
    });

    it.each([
      ['an update', () => $.updated($.attributes, changed)],
      ['deletion', () => $.deleted($.attributes)],
      ['activation', () => $.activated()],
      ['deactivation', () => $.deactivated()],
    ])('rejects %s', (_what, draft) => {
      const error = given(history).when({ draft: draft() }).thenThrows(conflicts.Deleted, `${conflicts.code}_DELETED`);
      expect(error.message).toBe(`${type} ${$.resourceId} is deleted; a deleted ${type} never changes again`);
    });
  });
});
