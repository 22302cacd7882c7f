import { forResourceType, resourceError } from './for-resource-type.js';
import { LEDGER_ERROR_CODES } from './ledger-error-codes.js';
import { LimitUnknownError } from './limit-errors.js';
import * as general from './resource-conflict-errors.js';
import { ResourceNotFoundError } from './resource-not-found-error.js';
import { RuleNotActiveError, RuleNotFoundError, RuleUnknownError } from './rule-errors.js';

const violation = [{ path: 'context.before.name', message: 'm' }];
/** One error of every class written once for both resource types, made for `type`. */
const everyError = (type: 'rule' | 'limit') => [
  resourceError(ResourceNotFoundError, type, 'x-1'),
  resourceError(general.ResourceAlreadyExistsError, type, 'x-1'),
  resourceError(general.ResourceUnknownError, type, 'x-1'),
  resourceError(general.ResourceDeletedError, type, 'x-1'),
  resourceError(general.ResourceAlreadyActiveError, type, 'x-1'),
  resourceError(general.ResourceNotActiveError, type, 'x-1', 'DRAFT'),
  resourceError(general.ResourceVersionMismatchError, type, 'x-1', 1, 2),
  resourceError(general.ResourceBeforeMismatchError, type, 'x-1', violation),
];

describe('an error class written once for rules and limits', () => {
  it('is made as the class of its resource type, the one published under the old name', () => {
    const error = resourceError(general.ResourceUnknownError, 'rule', 'rule-1');
    expect(error.constructor).toBe(RuleUnknownError);
    expect(forResourceType(general.ResourceUnknownError, 'rule')).toBe(RuleUnknownError);
    expect(error).toBeInstanceOf(general.ResourceUnknownError);
    expect(error).not.toBeInstanceOf(LimitUnknownError);
    expect({ name: error.name, code: error.code, resourceType: error.resourceType, resourceId: error.resourceId }).toEqual({
      name: 'RuleUnknownError', code: 'LEDGER.RULE_UNKNOWN', resourceType: 'rule', resourceId: 'rule-1',
    });
  });

  it('takes the arguments of the general class after the resource type', () => {
    expect(new RuleNotActiveError('rule-1', 'INACTIVE').message).toBe('rule rule-1 is not active (it is INACTIVE); only an active rule can be deactivated');
    expect(new RuleNotFoundError('rule-1')).toBeInstanceOf(ResourceNotFoundError);
  });

  it.each(['rule', 'limit'] as const)('has a registered code of the %s for every refusal, named after the resource type', (type) => {
    const prefix = `LEDGER.${type.toUpperCase()}_`;
    for (const error of everyError(type)) {
      expect(error.code in LEDGER_ERROR_CODES && error.code.startsWith(prefix)).toBe(true);
      expect(error.name.startsWith(type === 'rule' ? 'Rule' : 'Limit')).toBe(true);
      expect(error.message.startsWith(`${type} x-1 `) || error.message.startsWith(`context.before of ${type} x-1 `)).toBe(true);
    }
  });
});
