import { lifecycleOf } from './lifecycle-of.js';

describe('the lifecycle step of an event type', () => {
  it.each([
    ['RULE_CREATED', 'rule', 'CREATE'], ['RULE_UPDATED', 'rule', 'UPDATE'], ['RULE_ACTIVATED', 'rule', 'ACTIVATE'],
    ['RULE_DEACTIVATED', 'rule', 'DEACTIVATE'], ['RULE_DELETED', 'rule', 'DELETE'], ['LIMIT_CREATED', 'limit', 'CREATE'],
    ['LIMIT_UPDATED', 'limit', 'UPDATE'], ['LIMIT_ACTIVATED', 'limit', 'ACTIVATE'], ['LIMIT_DEACTIVATED', 'limit', 'DEACTIVATE'],
    ['LIMIT_DELETED', 'limit', 'DELETE'], ['RULE_DRAFTED', 'rule', 'DRAFT'], ['LIMIT_DRAFTED', 'limit', 'DRAFT'],
  ])('of %s is %s %s', (eventType, resourceType, action) => {
    expect(lifecycleOf(eventType)).toEqual({ resourceType, action });
  });

  it.each(['TRANSACTION_VALIDATED', 'COMPANY_DATA_UPDATED', 'RULE_REVIEWED', 'rule_created', 'constructor', ''])('is undefined for %j', (eventType) => {
    expect(lifecycleOf(eventType)).toBeUndefined();
  });
});
