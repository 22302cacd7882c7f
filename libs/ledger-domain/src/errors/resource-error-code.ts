import type { LifecycleResourceType } from '../lifecycle/lifecycle-state.js';
import type { LedgerErrorCode } from './ledger-error-codes.js';

/**
 * The ends of the codes the registry holds for rules and for limits alike (NOT_FOUND,
 * ALREADY_EXISTS, UNKNOWN, …): `LEDGER.RULE_<end>` and `LEDGER.LIMIT_<end>` are both registered.
 */
export type ResourceErrorSuffix = {
  [Code in LedgerErrorCode]: Code extends `LEDGER.RULE_${infer End}` ? (`LEDGER.LIMIT_${End}` extends LedgerErrorCode ? End : never) : never;
}[LedgerErrorCode];

/** The registered code of one refusal about one resource type: `LEDGER.RULE_UNKNOWN`, `LEDGER.LIMIT_UNKNOWN`, … */
export function resourceErrorCode(resourceType: LifecycleResourceType, suffix: ResourceErrorSuffix): LedgerErrorCode {
  // The return type checks, at compile time, that every type × suffix is a registered code.
  return `LEDGER.${resourceType.toUpperCase() as Uppercase<LifecycleResourceType>}_${suffix}`;
}
