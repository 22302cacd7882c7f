import { limitView, ruleView, type LifecycleState, type LimitView, type RuleView } from '#ledger-domain';

/** A rule's or limit's state as the API shows it. */
export function lifecycleResourceView(state: LifecycleState): RuleView | LimitView {
  return state.resourceType === 'rule' ? ruleView(state) : limitView(state);
}
