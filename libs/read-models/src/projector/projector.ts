import type { Statement } from 'better-sqlite3';
import type { EventStore, EventSubscription, RecordedEvent } from '#event-store';
import type { Projection } from './projection.js';
import type { ReadStore } from './read-store.js';

/** Most events folded in one read-store transaction. */
const MAX_BATCH = 1000;
/** Pause before resubscribing after a failure. */
const RETRY_MS = 1000;

export interface ProjectorStatus {
  running: boolean;
  /** Every projection has applied the log up to here. */
  checkpoint: number;
  /** Position of the last event received from the subscription. */
  lastSeenPosition: number;
  lastAppliedAt: string | null;
  lastError: string | null;
}

const IDLE = Symbol('idle');

/**
 * Keeps the read models: consumes the store's subscription from the stored checkpoint and folds
 * events into every projection in batches. The rows and the checkpoint of a batch commit in one
 * transaction, and an event at or below a projection's checkpoint is skipped, so a redelivered
 * event changes nothing (exactly-once in effect).
 */
export class Projector {
  private readonly checkpoints = new Map<string, number>();
  private readonly waiters = new Set<{ position: number; resolve: (reached: boolean) => void }>();
  private subscription: EventSubscription | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private lastSeen = 0;
  private lastAppliedAt: string | null = null;
  private lastError: string | null = null;
  private saveCheckpoint: Statement<unknown[]> | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly projections: readonly Projection[],
  ) {
    readStore.register(projections);
    for (const p of projections) this.checkpoints.set(p.name, readStore.checkpoint([p.name]));
  }

  get checkpoint(): number {
    return Math.min(...this.checkpoints.values());
  }

  start(): void {
    this.stopping = false;
    this.loop ??= this.runUntilStopped();
  }

  /** Stops after the batch in flight has committed. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.unsubscribe();
    await this.loop;
    this.loop = undefined;
  }

  /** Resolves true once every projection has applied `position`, false after `timeoutMs`. */
  waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    if (this.checkpoint >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        position,
        resolve: (reached: boolean) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.resolve(false), timeoutMs);
      this.waiters.add(waiter);
    });
  }

  status(): ProjectorStatus {
    return {
      running: this.loop !== undefined && !this.stopping,
      checkpoint: this.checkpoint,
      lastSeenPosition: Math.max(this.lastSeen, this.checkpoint),
      lastAppliedAt: this.lastAppliedAt,
      lastError: this.lastError,
    };
  }

  private async runUntilStopped(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.consume();
        this.lastError = null;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        if (!this.stopping) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  private async consume(): Promise<void> {
    this.subscription = this.store.subscribeToAll({ afterPosition: this.checkpoint });
    const iterator = this.subscription[Symbol.asyncIterator]();
    let next = iterator.next();
    while (!this.stopping) {
      const first = await next;
      if (first.done) return;
      const batch = [first.value];
      next = iterator.next();
      // Take whatever the subscription already holds, without waiting for new commits.
      while (batch.length < MAX_BATCH) {
        const more = await Promise.race([next, new Promise<typeof IDLE>((resolve) => setImmediate(() => resolve(IDLE)))]);
        if (more === IDLE) break;
        if (more.done) {
          this.applyBatch(batch);
          return;
        }
        batch.push(more.value);
        next = iterator.next();
      }
      this.applyBatch(batch);
    }
  }

  private applyBatch(batch: readonly RecordedEvent[]): void {
    const db = this.readStore.db;
    const save = (this.saveCheckpoint ??= db.prepare('UPDATE projection_checkpoints SET position = ? WHERE name = ?'));
    const last = batch[batch.length - 1]!.position;
    db.transaction(() => {
      for (const projection of this.projections) {
        const done = this.checkpoints.get(projection.name)!;
        for (const event of batch) if (event.position > done) projection.apply(db, event);
        if (last > done) save.run(last, projection.name);
      }
    })();
    for (const projection of this.projections) {
      if (last > this.checkpoints.get(projection.name)!) this.checkpoints.set(projection.name, last);
    }
    this.lastSeen = last;
    this.lastAppliedAt = new Date().toISOString();
    const reached = this.checkpoint;
    for (const waiter of this.waiters) if (waiter.position <= reached) waiter.resolve(true);
  }
}
