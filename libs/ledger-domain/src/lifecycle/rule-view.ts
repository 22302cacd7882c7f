import type { JsonValue } from '../json-value.js';
import type { LifecycleState } from './lifecycle-state.js';
import { arrayAttribute, lifecycleViewMembers, stringAttribute, withoutUndefined, type LifecycleViewMembers } from './lifecycle-view-members.js';

/** A rule as the read side shows it; members the history does not give are absent. */
export interface RuleView extends LifecycleViewMembers {
  ruleId: string;
  name?: string;
  expression?: string;
  action?: string;
  scopes?: JsonValue[];
}

/**
 * The view of a rule's state: its well-typed attributes (name, expression, action as strings,
 * scopes as an array) lifted out, then the lifecycle, then every attribute as recorded.
 * @throws Error when the state is not a rule's.
 */
export function ruleView(state: LifecycleState): RuleView {
  if (state.resourceType !== 'rule') throw new Error(`ruleView: ${state.resourceType} ${state.resourceId} is not a rule`);
  const { attributes } = state;
  return withoutUndefined({
    ruleId: state.resourceId,
    name: stringAttribute(attributes, 'name'),
    expression: stringAttribute(attributes, 'expression'),
    action: stringAttribute(attributes, 'action'),
    scopes: arrayAttribute(attributes, 'scopes'),
    ...lifecycleViewMembers(state),
  }) as RuleView;
}
