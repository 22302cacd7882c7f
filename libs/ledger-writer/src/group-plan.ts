import type { AuditRecord, LifecycleState } from '#ledger-domain';
import type { EventToAppend, RecordedEvent } from '#event-store';
import type { ChainTail } from './chain-tail.js';

/** What one request of a group turns into (by position in the group). */
export type RequestPlan =
  /** New events to write: these records. */
  | { kind: 'write'; records: AuditRecord[] }
  /** Its Idempotency-Key is already in the ledger: the original request's records, or a conflict. */
  | { kind: 'replay'; recorded: RecordedEvent }
  /** Refused without writing (a lifecycle conflict). */
  | { kind: 'refused'; error: unknown }
  /** Same Idempotency-Key as the request at `leader` of this group, which writes: follows its fate. */
  | { kind: 'same-key'; leader: number };

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
