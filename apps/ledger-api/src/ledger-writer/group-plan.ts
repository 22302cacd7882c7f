import type { LifecycleState } from '#ledger-domain';
import type { EventToAppend } from '#event-store';
import type { AppendOutcome, AppendRequest } from './append-request.js';
import type { ChainTail } from './chain-tail.js';

export interface PendingAppend {
  request: AppendRequest;
  resolve: (outcome: AppendOutcome) => void;
  reject: (error: unknown) => void;
}

/** What one request of a group turns into. */
export type RequestPlan =
  /** New events to write. */
  | { kind: 'write'; pending: PendingAppend; records: AppendOutcome['records'] }
  /** Already decided without writing (idempotent replay, or refused). */
  | { kind: 'settled'; pending: PendingAppend; outcome?: AppendOutcome; error?: unknown }
  /** Same Idempotency-Key as an earlier request of the same group: follows its fate. */
  | { kind: 'same-key'; pending: PendingAppend; leader: PendingAppend };

/** A group of requests planned against one chain tail, ready for one store append. */
export interface GroupPlan {
  requests: RequestPlan[];
  events: EventToAppend[];
  /** The tail the plan extends: its revision is the append's expected revision. */
  base: ChainTail;
  /** The tail once the events are written. */
  next: ChainTail;
  /** The rules and limits the events change, as they are once written. */
  states: Map<string, LifecycleState>;
}
