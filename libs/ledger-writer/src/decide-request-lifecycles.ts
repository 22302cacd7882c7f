import {
  decideLifecycle,
  evolveLifecycle,
  LifecycleConflictError,
  type AuditEventDraft,
  type LifecyclePolicy,
  type LifecycleState,
} from '#ledger-domain';
import { lifecycleKeyOf, lifecycleKeyString } from './lifecycle-key.js';

export interface RequestLifecycleInput {
  drafts: readonly AuditEventDraft[];
  /** Per draft: the resource version the client expects (absent: any). */
  expectedVersions?: readonly (number | undefined)[];
  /** Refusals of a batch name the event (`events[i]`). */
  batch: boolean;
  /** The state of a resource before this request (the queue's cache, or what was loaded). */
  stateOf: (key: string) => LifecycleState;
  policy: LifecyclePolicy;
  /** What the drafts will be sealed with: their event ids, the sequence of the first, the ledger time. */
  eventIds: readonly string[];
  firstSequence: number;
  createdAt: string;
}

export interface RequestLifecycles {
  /** The drafts to seal: as sent, or flagged (policy `flag`). */
  drafts: AuditEventDraft[];
  /** The states of the resources the request changes, once it is written. */
  states: Map<string, LifecycleState>;
}

/**
 * Applies the rule and limit lifecycles (decideLifecycle) to one request's drafts in order, each
 * seeing the events before it in the same request; other events pass unchanged. Pure.
 * @throws LifecycleConflictError when any draft is refused: the whole request is refused.
 */
export function decideRequestLifecycles(input: RequestLifecycleInput): RequestLifecycles {
  const states = new Map<string, LifecycleState>();
  const drafts = input.drafts.map((draft, index) => {
    const key = lifecycleKeyOf(draft);
    if (key === undefined) return draft;
    const keyString = lifecycleKeyString(key);
    const state = states.get(keyString) ?? input.stateOf(keyString);
    let decided: AuditEventDraft;
    try {
      [decided] = decideLifecycle({ draft, expectedVersion: input.expectedVersions?.[index] }, state, input.policy) as [AuditEventDraft];
    } catch (error) {
      throw input.batch && error instanceof LifecycleConflictError ? error.atBatchIndex(index) : error;
    }
    const event = { ...decided, eventId: input.eventIds[index]!, sequence: input.firstSequence + index, createdAt: input.createdAt };
    states.set(keyString, evolveLifecycle(state, event));
    return decided;
  });
  return { drafts, states };
}
