import { CONFLICTS_OF, RESOURCE_TYPES } from './testing/conflict-classes.js';
import { given } from './testing/given-lifecycle.js';
import { draftsOf, recorded } from './testing/lifecycle-fixtures.js';

describe.each(RESOURCE_TYPES)('activating and deactivating a %s', (type) => {
  const conflicts = CONFLICTS_OF[type];
  const $ = draftsOf(type);

  describe(`when the ${type} was never created`, () => {
    it('rejects activation', () => {
      const error = given([]).when({ draft: $.activated() }).thenThrows(conflicts.Unknown, `${conflicts.code}_UNKNOWN`);
      expect(error.message).toBe(`${type} ${$.resourceId} was never created in this ledger`);
    });

    it('rejects deactivation', () => {
      given([]).when({ draft: $.deactivated() }).thenThrows(conflicts.Unknown, `${conflicts.code}_UNKNOWN`);
    });
  });

  describe(`when the ${type} is a draft`, () => {
    const history = recorded($.created());

    it('accepts activation', () => {
      given(history).when({ draft: $.activated() }).then([$.activated()]);
    });

    it('rejects deactivation, saying it is a draft', () => {
      const error = given(history).when({ draft: $.deactivated() }).thenThrows(conflicts.NotActive, `${conflicts.code}_NOT_ACTIVE`);
      expect(error.message).toBe(`${type} ${$.resourceId} is not active (it is DRAFT); only an active ${type} can be deactivated`);
    });
  });

  describe(`when the ${type} is active`, () => {
    const history = recorded($.created(), $.activated());

    it('rejects activation', () => {
      const error = given(history).when({ draft: $.activated() }).thenThrows(conflicts.AlreadyActive, `${conflicts.code}_ALREADY_ACTIVE`);
      expect(error.message).toBe(`${type} ${$.resourceId} is already active`);
    });

    it('accepts deactivation', () => {
      given(history).when({ draft: $.deactivated() }).then([$.deactivated()]);
    });
  });

  describe(`when the ${type} is inactive`, () => {
    const history = recorded($.created(), $.activated(), $.deactivated());

    it('accepts activation again', () => {
      given(history).when({ draft: $.activated() }).then([$.activated()]);
    });

    it('rejects deactivation, saying it is inactive', () => {
      const error = given(history).when({ draft: $.deactivated() }).thenThrows(conflicts.NotActive, `${conflicts.code}_NOT_ACTIVE`);
      expect(error.message).toMatch(/\(it is INACTIVE\)/);
    });
  });
});
