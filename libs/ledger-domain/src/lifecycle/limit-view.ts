import type { JsonValue } from '../json-value.js';
import type { LifecycleState } from './lifecycle-state.js';
import { arrayAttribute, lifecycleViewMembers, stringAttribute, withoutUndefined, type LifecycleViewMembers } from './lifecycle-view-members.js';

/** A limit as the read side shows it; members the history does not give are absent. */
export interface LimitView extends LifecycleViewMembers {
  limitId: string;
  limitType?: string;
  /** A decimal string, as recorded: amounts never travel as JSON numbers. */
  maxAmount?: string;
  currency?: string;
  scopes?: JsonValue[];
}

/**
 * The view of a limit's state: its well-typed attributes (limitType, maxAmount, currency as
 * strings, scopes as an array) lifted out, then the lifecycle, then every attribute as recorded.
 * @throws Error when the state is not a limit's.
 */
export function limitView(state: LifecycleState): LimitView {
  if (state.resourceType !== 'limit') throw new Error(`limitView: ${state.resourceType} ${state.resourceId} is not a limit`);
  const { attributes } = state;
  return withoutUndefined({
    limitId: state.resourceId,
    limitType: stringAttribute(attributes, 'limitType'),
    maxAmount: stringAttribute(attributes, 'maxAmount'),
    currency: stringAttribute(attributes, 'currency'),
    scopes: arrayAttribute(attributes, 'scopes'),
    ...lifecycleViewMembers(state),
  }) as LimitView;
}
