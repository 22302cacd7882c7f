import type { LifecycleResourceType } from '../lifecycle/lifecycle-state.js';
import { LedgerError } from './ledger-error.js';
import { resourceErrorCode } from './resource-error-code.js';

/**
 * A query for a rule or limit this ledger has no history of (404): `LEDGER.RULE_NOT_FOUND` or
 * `LEDGER.LIMIT_NOT_FOUND`. Abstract: an error is made with `resourceError(ResourceNotFoundError, type, id)`,
 * whose class is RuleNotFoundError or LimitNotFoundError.
 */
export abstract class ResourceNotFoundError extends LedgerError {
  constructor(type: LifecycleResourceType, id: string) {
    super(resourceErrorCode(type, 'NOT_FOUND'), `${type} ${id} does not exist in this ledger`);
  }
}
