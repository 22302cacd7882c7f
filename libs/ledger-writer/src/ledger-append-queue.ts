import { LedgerContentionError, toLedgerStreamName, type LifecyclePolicy } from '#ledger-domain';
import { NO_STREAM, WrongExpectedRevisionError, type EventStore, type RecordedEvent } from '#event-store';
import type { AcknowledgedMarks } from './acknowledged-marks.js';
import type { AppendOutcome, AppendRequest } from './append-request.js';
import { readChainTail, type ChainTail } from './chain-tail.js';
import type { GroupPlan } from './group-plan.js';
import { LifecycleStateCache } from './lifecycle-state-cache.js';
import type { LifecycleStates } from './lifecycle-states.js';
import { ledgerTime, planGroup } from './plan-group.js';
import { settleGroup, type PendingAppend } from './settle-group.js';

export interface AppendQueueDeps {
  store: EventStore;
  nextId: () => string;
  now: () => Date;
  /** Most events written in one store transaction (group commit). */
  maxEventsPerCommit: number;
  /** Attempts when another writer moved the tail first, before LedgerContentionError. */
  maxAttempts: number;
  onCommit?: (ledgerId: string, events: number, seconds: number, position: number) => void;
  /** The states of rules and limits the writer decides their events against. */
  lifecycles: LifecycleStates;
  /** How this ledger treats a before-image that differs from its state. */
  policy: LifecyclePolicy;
  /** Most resource states kept between groups. Default 50,000. */
  maxCachedStates?: number;
  /** The ledgers' high-water marks: every tail read is checked against them, every commit raises them. */
  marks?: AcknowledgedMarks;
}

/**
 * Serializes the appends of ONE ledger and group-commits them: every request waiting when a
 * commit starts goes into one store transaction (one fsync per group). Each round reads what the
 * plan needs (tail, rule and limit states, recorded idempotency keys), plans the group
 * ({@link planGroup}, pure), appends at the planned tail and settles every request. When another
 * writer moved the tail, the store refuses the expected revision and the group is planned again.
 */
export class LedgerAppendQueue {
  private readonly waiting: PendingAppend[] = [];
  private readonly streamName: string;
  private readonly states: LifecycleStateCache;
  /** The tail as this queue last wrote it; undefined when it must be read again. */
  private tail: ChainTail | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly ledgerId: string,
    private readonly deps: AppendQueueDeps,
  ) {
    this.streamName = toLedgerStreamName(ledgerId);
    this.states = new LifecycleStateCache(deps.lifecycles, deps.maxCachedStates);
  }

  append(request: AppendRequest): Promise<AppendOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.flushing ??= this.drain();
    });
  }

  /** Resolves once every request queued so far is settled. */
  async drained(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async drain(): Promise<void> {
    // Let every request parsed in this turn of the event loop join the group.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.waiting.length > 0) await this.commit(this.takeGroup());
    } finally {
      this.flushing = undefined;
    }
  }

  private takeGroup(): PendingAppend[] {
    let events = 0;
    let count = 0;
    while (count < this.waiting.length) {
      const size = this.waiting[count]!.request.drafts.length;
      if (count > 0 && events + size > this.deps.maxEventsPerCommit) break;
      events += size;
      count += 1;
    }
    return this.waiting.splice(0, count);
  }

  /** Read, plan, append, settle; again from a fresh tail when another writer got there first. */
  private async commit(group: PendingAppend[]): Promise<void> {
    const started = process.hrtime.bigint();
    for (let attempt = 1; ; attempt++) {
      try {
        const plan = await this.plan(group.map((pending) => pending.request));
        const position = await this.write(plan);
        await settleGroup(this.deps.store, group, plan, position);
        this.deps.onCommit?.(this.ledgerId, plan.events.length, Number(process.hrtime.bigint() - started) / 1e9, position);
        return;
      } catch (error) {
        this.tail = undefined;
        this.states.clear();
        if (error instanceof WrongExpectedRevisionError && attempt < this.deps.maxAttempts) continue;
        const reason = error instanceof WrongExpectedRevisionError ? new LedgerContentionError() : error;
        for (const pending of group) pending.reject(reason);
        return;
      }
    }
  }

  private async plan(requests: readonly AppendRequest[]): Promise<GroupPlan> {
    const tail = this.tail ?? (await this.readTail());
    const states = await this.states.statesFor(this.ledgerId, requests.flatMap((request) => request.drafts), tail);
    const recorded = new Map<string, RecordedEvent>();
    for (const { idempotencyKey } of requests) {
      if (idempotencyKey === undefined || recorded.has(idempotencyKey)) continue;
      const first = await this.deps.store.findByIdempotencyKey(this.streamName, idempotencyKey);
      if (first) recorded.set(idempotencyKey, first);
    }
    const createdAt = ledgerTime(this.deps.now(), tail);
    return planGroup({ ledgerId: this.ledgerId, tail, states, recorded, requests, policy: this.deps.policy, createdAt, nextId: this.deps.nextId });
  }

  /** Reads the tail from the log; a log behind what was acknowledged refuses the ledger (never reuse a sequence). */
  private async readTail(): Promise<ChainTail> {
    const tail = await readChainTail(this.deps.store, this.streamName);
    await this.deps.marks?.checkTail(this.deps.store, this.ledgerId, tail);
    return tail;
  }

  /** Appends the group's events in one transaction; returns the position they are committed through (0: nothing to write). */
  private async write(plan: GroupPlan): Promise<number> {
    if (plan.events.length === 0) return 0;
    const result = await this.deps.store.appendToStream(this.streamName, plan.events, {
      expectedRevision: plan.base.revision < 0 ? NO_STREAM : plan.base.revision,
    });
    this.tail = { ...plan.next, position: result.position };
    this.deps.marks?.acknowledge(this.ledgerId, { sequence: plan.next.revision + 1, hash: plan.next.hash, source: 'writer' });
    this.states.remember(plan.states);
    return result.position;
  }
}
