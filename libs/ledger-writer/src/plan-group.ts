import type { LifecyclePolicy, LifecycleState } from '#ledger-domain';
import type { EventToAppend, RecordedEvent } from '#event-store';
import type { AppendRequest } from './append-request.js';
import type { ChainTail } from './chain-tail.js';
import { decideRequestLifecycles } from './decide-request-lifecycles.js';
import type { GroupPlan, RequestPlan } from './group-plan.js';
import { sealAuditRecords } from './seal-audit-records.js';

export interface PlanGroupInput {
  ledgerId: string;
  /** The tail the group extends. */
  tail: ChainTail;
  /** As of `tail`: the state of every rule and limit the group's drafts touch. */
  states: ReadonlyMap<string, LifecycleState>;
  /** For each Idempotency-Key of the group already in the ledger: the first event recorded under it. */
  recorded: ReadonlyMap<string, RecordedEvent>;
  requests: readonly AppendRequest[];
  policy: LifecyclePolicy;
  /** The ledger time every event of the group is sealed with. */
  createdAt: string;
  nextId: () => string;
}

/**
 * Plans one group commit, pure given its inputs: in order, each request becomes a replay (its
 * key is in the ledger), a follower of an earlier request of the group with the same key, a
 * refusal (a rule or limit event the lifecycle refuses: the request fails alone), or new events
 * sealed onto the chain after the ones planned before it. The caller appends `events` at
 * `base.revision` in one transaction and settles each request by its plan.
 */
export function planGroup(input: PlanGroupInput): GroupPlan {
  const requests: RequestPlan[] = [];
  const events: EventToAppend[] = [];
  const leaders = new Map<string, number>();
  const states = new Map<string, LifecycleState>();
  let next = input.tail;
  for (const [index, request] of input.requests.entries()) {
    const key = request.idempotencyKey;
    if (key !== undefined) {
      const leader = leaders.get(key);
      if (leader !== undefined) {
        requests.push({ kind: 'same-key', leader });
        continue;
      }
      const recorded = input.recorded.get(key);
      if (recorded) {
        requests.push({ kind: 'replay', recorded });
        continue;
      }
    }
    const eventIds = request.drafts.map(() => input.nextId());
    let decided;
    try {
      decided = decideRequestLifecycles({
        drafts: request.drafts,
        expectedVersions: request.expectedVersions,
        batch: request.batch ?? false,
        stateOf: (keyString) => states.get(keyString) ?? input.states.get(keyString)!,
        policy: input.policy,
        eventIds,
        firstSequence: next.revision + 2,
        createdAt: input.createdAt,
      });
    } catch (error) {
      requests.push({ kind: 'refused', error });
      continue;
    }
    if (key !== undefined) leaders.set(key, index);
    for (const [keyString, state] of decided.states) states.set(keyString, state);
    let id = 0;
    const sealed = sealAuditRecords({
      ledgerId: input.ledgerId,
      drafts: decided.drafts,
      tail: next,
      createdAt: input.createdAt,
      nextId: () => eventIds[id++]!,
      idempotencyKey: key,
      requestHash: request.requestHash,
    });
    next = sealed.tail;
    events.push(...sealed.events);
    requests.push({ kind: 'write', records: sealed.records });
  }
  return { requests, events, base: input.tail, next, states };
}

/** The ledger's time never runs backwards, even if the host clock does. */
export function ledgerTime(now: Date, tail: ChainTail): string {
  const iso = now.toISOString();
  return tail.createdAt > iso ? tail.createdAt : iso;
}
