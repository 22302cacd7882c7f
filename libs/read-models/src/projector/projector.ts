import { setImmediate as turnOfTheEventLoop } from 'node:timers/promises';
import type { EventStore, EventSubscription, RecordedEvent } from '#event-store';
import type { Projection } from './projection.js';
import { ProjectionRunner } from './projection-runner.js';
import type { ProjectorStatus } from './projector-status.js';
import type { ReadStore } from './read-store.js';
import { inBatches } from './subscription-batches.js';
import { PositionWaiters } from './position-waiters.js';

export interface ProjectorOptions {
  /** Most events folded in one read-store transaction. Default {@link DEFAULT_PROJECTOR_BATCH}. */
  batchSize?: number;
  /** Pause before resubscribing after a failure. Default 1000 ms. */
  retryDelayMs?: number;
  /** Told the new status after every committed batch and every failure (a worker reports it). */
  onStatus?: (status: ProjectorStatus) => void;
}

/**
 * Batches are as large as what the log holds beyond the checkpoint, up to this: one event live,
 * thousands when behind. Each batch rewrites every index page it touches (a dozen B-trees, with
 * thousands of hot spots such as one per account id), so at 1,000,000 events a 5,000-event batch
 * catches up 100,000 events 35–40 % faster than 1,000-event ones (4.4–4.8k → 6.1–6.7k events/s), for
 * a batch in flight of about 25 MB.
 */
export const DEFAULT_PROJECTOR_BATCH = 5000;

/**
 * Keeps the read models: consumes the store's subscription from the stored checkpoint (the store
 * pages a catch-up) and folds events into every projection in batches. A batch's rows and
 * checkpoints commit in one transaction, and an event at or below a projection's checkpoint is
 * skipped, so a redelivered event changes nothing (exactly-once in effect). A failing batch rolls
 * back and is retried from the checkpoint after `retryDelayMs`, with the error in {@link status}.
 */
export class Projector extends ProjectionRunner {
  private readonly checkpoints = new Map<string, number>();
  private readonly waiters = new PositionWaiters();
  private readonly batchSize: number;
  private readonly retryDelayMs: number;
  private readonly onStatus: ((status: ProjectorStatus) => void) | undefined;
  private subscription: EventSubscription | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wakeFromPause: (() => void) | undefined;
  private lastSeen = 0;
  private lastAppliedAt: string | null = null;
  private lastError: string | null = null;

  /** Registers the projections with the read store (creating or rebuilding their tables). */
  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private projections: readonly Projection[],
    options: ProjectorOptions = {},
  ) {
    super();
    if (projections.length === 0) throw new RangeError('a projector needs at least one projection');
    this.batchSize = options.batchSize ?? DEFAULT_PROJECTOR_BATCH;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.onStatus = options.onStatus;
    readStore.register(projections);
    for (const p of projections) this.checkpoints.set(p.name, readStore.checkpoint([p.name]));
  }

  /** Every projection has applied the log up to this position. */
  get checkpoint(): number {
    return Math.min(...this.checkpoints.values());
  }

  /** Starts consuming in the background; does nothing if already running. The tables exist on return. */
  async start(): Promise<void> {
    this.stopping = false;
    this.loop ??= this.runUntilStopped();
  }

  /** The checkpoint of one projection (by its name); undefined when it is not one of this projector's. */
  checkpointOf(name: string): number | undefined {
    return this.checkpoints.get(name);
  }

  /** The projections this projector keeps. */
  get kept(): readonly Projection[] {
    return this.projections;
  }

  /**
   * Puts `replacement` (registered with the read store, at its own checkpoint) in the place of the
   * projection named `name`, from the next batch on. Synchronous: call it between batches (any
   * code outside the projector runs between them).
   * @throws Error when no projection has that name.
   */
  replaceProjection(name: string, replacement: Projection): void {
    const index = this.projections.findIndex((projection) => projection.name === name);
    if (index < 0) throw new Error(`the projector keeps no projection named ${name}`);
    this.projections = this.projections.map((projection, i) => (i === index ? replacement : projection));
    this.checkpoints.delete(name);
    this.checkpoints.set(replacement.name, this.readStore.checkpoint([replacement.name]));
  }

  /** Stops after the batch in flight has committed; pending {@link waitForPosition} calls resolve false. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeFromPause?.();
    await this.subscription?.unsubscribe();
    await this.loop;
    this.loop = undefined;
    this.waiters.settleAll(false);
  }

  /**
   * Resolves true as soon as every projection has applied `position` (at once if it has), false
   * after `timeoutMs` or when the projector stops. Woken by the commit itself, never by polling.
   */
  waitForPosition(position: number, timeoutMs: number): Promise<boolean> {
    return this.waiters.wait(position, this.checkpoint, timeoutMs);
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
        if (!this.stopping) throw new Error('the store subscription ended');
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        // The failed batch rolled back; its WAL frames would keep the space the log needs next.
        if (isDiskFull(error)) this.readStore.releaseWal();
        this.onStatus?.(this.status());
        if (!this.stopping) await this.pause(this.retryDelayMs);
      }
    }
  }

  private async consume(): Promise<void> {
    const subscription = (this.subscription = this.store.subscribeToAll({ afterPosition: this.checkpoint }));
    try {
      // Caught up with a store that answers: an earlier failure is over.
      if (this.lastError !== null && this.checkpoint >= (await this.store.headPosition())) this.lastError = null;
      if (this.stopping) return;
      for await (const batch of inBatches(subscription, this.batchSize)) {
        this.lastSeen = Math.max(this.lastSeen, batch[batch.length - 1]!.position);
        this.applyBatch(batch);
        if (this.stopping) return;
        // A catch-up reads page after page in promise callbacks alone: without this turn, timers and
        // messages (a stop, a rebuild, a status request) would wait for the whole catch-up.
        await turnOfTheEventLoop();
      }
    } finally {
      this.subscription = undefined;
      await subscription.unsubscribe();
    }
  }

  private applyBatch(batch: readonly RecordedEvent[]): void {
    const db = this.readStore.db;
    const last = batch[batch.length - 1]!.position;
    // IMMEDIATE: another process sharing the file must not make this transaction fail on its first write.
    db.transaction(() => {
      for (const projection of this.projections) {
        const done = this.checkpoints.get(projection.name)!;
        if (last <= done) continue;
        const fresh = batch[0]!.position > done ? batch : batch.filter((event) => event.position > done);
        if (projection.applyBatch) projection.applyBatch(db, fresh);
        else for (const event of fresh) projection.apply(db, event);
        this.readStore.setCheckpoint(projection.name, last);
      }
    }).immediate();
    this.readStore.releaseWalIfSpaceIsShort();
    for (const [name, done] of this.checkpoints) if (last > done) this.checkpoints.set(name, last);
    this.lastAppliedAt = new Date().toISOString();
    this.lastError = null;
    this.onStatus?.(this.status());
    this.waiters.reached(this.checkpoint);
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      this.wakeFromPause = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    }).finally(() => (this.wakeFromPause = undefined));
  }
}

/** SQLite's SQLITE_FULL (a write hit a full disk), as better-sqlite3 reports it. */
function isDiskFull(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_FULL';
}
