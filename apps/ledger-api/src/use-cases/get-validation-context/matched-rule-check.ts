import type { LifecycleState, LifecycleStatus } from '#ledger-domain';

/** A rule the validator said it matched, as the ledger's own history had it at the validation. */
export interface MatchedRuleCheck {
  ruleId: string;
  /** The ledger had created the rule by then. */
  found: boolean;
  /** Its status then; absent when not found. */
  status?: LifecycleStatus;
  /** Only an ACTIVE rule should have taken part in a decision. */
  activeAtValidation: boolean;
}

/**
 * Cross-checks the rule ids a validation says it matched against the rules as they stood then
 * (`rules`: every rule of the ledger at that point, as ResourceLifecycles.allAt gives them). A
 * matched rule that was not ACTIVE, or that the ledger never had, is what an auditor must see.
 * One entry per id, in the validator's order.
 */
export function checkMatchedRules(matchedRuleIds: readonly string[], rules: readonly LifecycleState[]): MatchedRuleCheck[] {
  const byId = new Map(rules.map((rule) => [rule.resourceId, rule]));
  return matchedRuleIds.map((ruleId) => {
    const status = byId.get(ruleId)?.status;
    return status === undefined
      ? { ruleId, found: false, activeAtValidation: false }
      : { ruleId, found: true, status, activeAtValidation: status === 'ACTIVE' };
  });
}
