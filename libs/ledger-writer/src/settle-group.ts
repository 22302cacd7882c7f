import { IdempotencyKeyReusedError } from '#ledger-domain';
import type { EventStore } from '#event-store';
import type { AppendOutcome, AppendRequest } from './append-request.js';
import type { GroupPlan } from './group-plan.js';
import { replayIdempotentRequest } from './idempotent-replay.js';

/** A request waiting in the queue, with the settlement of its promise. */
export interface PendingAppend {
  request: AppendRequest;
  resolve: (outcome: AppendOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Settles every request of a group once its plan's events are committed through `position`:
 * written requests get their records, replays the original records (or IdempotencyKeyReusedError
 * for another body), followers of a key their leader's records, refusals their error.
 */
export async function settleGroup(store: EventStore, group: readonly PendingAppend[], plan: GroupPlan, position: number): Promise<void> {
  const outcomes: (AppendOutcome | undefined)[] = [];
  for (const [index, step] of plan.requests.entries()) {
    const pending = group[index]!;
    switch (step.kind) {
      case 'write':
        outcomes[index] = { records: step.records, replayed: false, position };
        pending.resolve(outcomes[index]);
        break;
      case 'replay':
        try {
          pending.resolve(await replayIdempotentRequest(store, step.recorded, pending.request.requestHash ?? ''));
        } catch (error) {
          pending.reject(error);
        }
        break;
      case 'refused':
        pending.reject(step.error);
        break;
      case 'same-key':
        if (pending.request.requestHash === group[step.leader]!.request.requestHash) pending.resolve({ ...outcomes[step.leader]!, replayed: true });
        else pending.reject(new IdempotencyKeyReusedError());
        break;
      default: {
        const unexpected: never = step;
        throw new Error(`unexpected plan ${JSON.stringify(unexpected)}`);
      }
    }
  }
}
