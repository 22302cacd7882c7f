import {
  IdempotencyKeyReusedError,
  initialLifecycleState,
  LedgerContentionError,
  toLedgerStreamName,
  type LifecyclePolicy,
  type LifecycleState,
} from '#ledger-domain';
import { NO_STREAM, WrongExpectedRevisionError, type EventStore, type EventToAppend } from '#event-store';
import type { AppendOutcome, AppendRequest } from './append-request.js';
import { readChainTail, type ChainTail } from './chain-tail.js';
import type { GroupPlan, PendingAppend, RequestPlan } from './group-plan.js';
import { decideRequestLifecycles } from './decide-request-lifecycles.js';
import { replayIdempotentRequest } from './idempotent-replay.js';
import { lifecycleKeyOf, lifecycleKeyString } from './lifecycle-key.js';
import type { LifecycleKey, LifecycleStates } from './lifecycle-states.js';
import { sealAuditRecords } from './seal-audit-records.js';

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
}

/**
 * Serializes the appends of ONE ledger and group-commits them: every request waiting when a
 * commit starts goes into one store transaction, so durability costs one fsync per group, not
 * per event. The chain tail is cached; when another writer (process or instance) moved it, the
 * store refuses the expected revision and the whole group is re-planned against the new tail,
 * idempotency keys included. Rule and limit events are decided against their resources' states
 * (decideLifecycle), which the queue caches as of its tail and loads from `deps.lifecycles` on a
 * miss; a refused request fails alone, the rest of its group is written.
 */
export class LedgerAppendQueue {
  private readonly waiting: PendingAppend[] = [];
  private readonly streamName: string;
  private tail: ChainTail | undefined;
  /** Rule and limit states as of `tail`; emptied whenever the tail is re-read. */
  private readonly states = new Map<string, LifecycleState>();
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly ledgerId: string,
    private readonly deps: AppendQueueDeps,
  ) {
    this.streamName = toLedgerStreamName(ledgerId);
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

  private async commit(group: PendingAppend[]): Promise<void> {
    const started = process.hrtime.bigint();
    for (let attempt = 1; ; attempt++) {
      try {
        const plan = await this.plan(group);
        const committedThrough = await this.write(plan);
        settle(plan.requests, committedThrough);
        this.deps.onCommit?.(this.ledgerId, plan.events.length, Number(process.hrtime.bigint() - started) / 1e9, committedThrough);
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

  private async plan(group: PendingAppend[]): Promise<GroupPlan> {
    const base = this.tail ?? (await readChainTail(this.deps.store, this.streamName));
    await this.loadStates(group, base);
    const createdAt = ledgerTime(this.deps.now(), base);
    const requests: RequestPlan[] = [];
    const events: EventToAppend[] = [];
    const leaders = new Map<string, PendingAppend>();
    const states = new Map<string, LifecycleState>();
    let next = base;
    for (const pending of group) {
      const { idempotencyKey, requestHash } = pending.request;
      if (idempotencyKey !== undefined) {
        const leader = leaders.get(idempotencyKey);
        if (leader) {
          requests.push({ kind: 'same-key', pending, leader });
          continue;
        }
        const existing = await this.deps.store.findByIdempotencyKey(this.streamName, idempotencyKey);
        if (existing) {
          requests.push(await settled(pending, () => replayIdempotentRequest(this.deps.store, existing, requestHash ?? '')));
          continue;
        }
      }
      const eventIds = pending.request.drafts.map(() => this.deps.nextId());
      let decided;
      try {
        decided = decideRequestLifecycles({
          drafts: pending.request.drafts,
          expectedVersions: pending.request.expectedVersions,
          batch: pending.request.batch ?? false,
          stateOf: (key) => states.get(key) ?? this.states.get(key)!,
          policy: this.deps.policy,
          eventIds,
          firstSequence: next.revision + 2,
          createdAt,
        });
      } catch (error) {
        requests.push({ kind: 'settled', pending, error });
        continue;
      }
      if (idempotencyKey !== undefined) leaders.set(idempotencyKey, pending);
      for (const [key, state] of decided.states) states.set(key, state);
      let id = 0;
      const sealed = sealAuditRecords({
        ledgerId: this.ledgerId,
        drafts: decided.drafts,
        tail: next,
        createdAt,
        nextId: () => eventIds[id++]!,
        idempotencyKey,
        requestHash,
      });
      next = sealed.tail;
      events.push(...sealed.events);
      requests.push({ kind: 'write', pending, records: sealed.records });
    }
    return { requests, events, base, next, states };
  }

  /** Puts the state of every rule and limit the group touches into the cache (as of `base`). */
  private async loadStates(group: readonly PendingAppend[], base: ChainTail): Promise<void> {
    const needed = new Map<string, LifecycleKey>();
    for (const { request } of group) {
      for (const draft of request.drafts) {
        const key = lifecycleKeyOf(draft);
        if (key) needed.set(lifecycleKeyString(key), key);
      }
    }
    if (needed.size === 0) return;
    this.evictStates(needed);
    const missing = [...needed].filter(([keyString]) => !this.states.has(keyString)).map(([, key]) => key);
    if (missing.length === 0) return;
    // An empty ledger holds no event of anything.
    const loaded = base.revision < 0
      ? missing.map((key) => initialLifecycleState(key.resourceType, key.resourceId))
      : await this.deps.lifecycles.load(this.ledgerId, missing, base);
    missing.forEach((key, i) => this.states.set(lifecycleKeyString(key), loaded[i]!));
  }

  /** Keeps the cache bounded: forgets the states cached first, never one the group needs (they are loaded again when needed). */
  private evictStates(needed: ReadonlyMap<string, unknown>): void {
    const max = this.deps.maxCachedStates ?? 50_000;
    for (const key of this.states.keys()) {
      if (this.states.size + needed.size <= max) return;
      if (!needed.has(key)) this.states.delete(key);
    }
  }

  /** Appends the group's events in one transaction; returns the position they are committed through. */
  private async write(plan: GroupPlan): Promise<number> {
    if (plan.events.length === 0) return 0;
    const result = await this.deps.store.appendToStream(this.streamName, plan.events, {
      expectedRevision: plan.base.revision < 0 ? NO_STREAM : plan.base.revision,
    });
    this.tail = { ...plan.next, position: result.position };
    for (const [key, state] of plan.states) this.states.set(key, state);
    return result.position;
  }
}

function settle(requests: RequestPlan[], committedThrough: number): void {
  const written = new Map<PendingAppend, AppendOutcome>();
  for (const plan of requests) {
    if (plan.kind === 'write') {
      const outcome = { records: plan.records, replayed: false, position: committedThrough };
      written.set(plan.pending, outcome);
      plan.pending.resolve(outcome);
    } else if (plan.kind === 'settled') {
      if (plan.error === undefined) plan.pending.resolve(plan.outcome!);
      else plan.pending.reject(plan.error);
    } else if (plan.pending.request.requestHash === plan.leader.request.requestHash) {
      plan.pending.resolve({ ...written.get(plan.leader)!, replayed: true });
    } else {
      plan.pending.reject(new IdempotencyKeyReusedError());
    }
  }
}

async function settled(pending: PendingAppend, run: () => Promise<AppendOutcome>): Promise<RequestPlan> {
  try {
    return { kind: 'settled', pending, outcome: await run() };
  } catch (error) {
    return { kind: 'settled', pending, error };
  }
}

/** The ledger's time never runs backwards, even if the host clock does. */
function ledgerTime(now: Date, tail: ChainTail): string {
  const iso = now.toISOString();
  return tail.createdAt > iso ? tail.createdAt : iso;
}
