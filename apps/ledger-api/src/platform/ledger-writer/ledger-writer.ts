import { Injectable } from '@nestjs/common';
import { EventStore } from '#event-store';
import { LedgerShuttingDownError } from '#ledger-domain';
import { AcknowledgedMarks, APPEND_QUEUE_BOUNDS, Clock, IdGenerator, LedgerAppendQueue, AppendObserver, LifecycleStates, type AppendOutcome, type AppendRequest } from '#ledger-writer';
import { LedgerCheckpoints } from '../transparency-log/ledger-checkpoints.js';
import { LedgerConfig } from '../config/index.js';

/**
 * The only way events enter the ledger: one serialized, group-committing queue per ledger
 * (one chain per ledger, never forked). Command handlers call {@link append}.
 */
@Injectable()
export class LedgerWriter {
  private readonly queues = new Map<string, LedgerAppendQueue>();
  private closing = false;
  private lastPosition = 0;

  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly observer: AppendObserver,
    private readonly lifecycles: LifecycleStates,
    private readonly config: LedgerConfig,
    private readonly checkpoints: LedgerCheckpoints,
    private readonly marks: AcknowledgedMarks,
  ) {}

  /** Appends one request's events atomically; resolves once they are durably committed. */
  async append(ledgerId: string, request: AppendRequest): Promise<AppendOutcome> {
    if (this.closing) throw new LedgerShuttingDownError();
    // Never extend a log that contradicts a checkpoint already signed (it was cut or rewritten).
    this.checkpoints.assertNoContradiction(ledgerId);
    // Never hand out a sequence again that was acknowledged (the log was cut or restored from an older backup).
    this.marks.assertAppendable(ledgerId);
    const outcome = await this.queueFor(ledgerId).append(request);
    if (outcome.position > this.lastPosition) this.lastPosition = outcome.position;
    return outcome;
  }

  /** The highest store position this instance has written or replayed (read-your-writes barrier). */
  get lastWrittenPosition(): number {
    return this.lastPosition;
  }

  /** Graceful shutdown: refuse new appends, finish every append already accepted. */
  async drain(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.queues.values()].map((queue) => queue.drained()));
  }

  private queueFor(ledgerId: string): LedgerAppendQueue {
    let queue = this.queues.get(ledgerId);
    if (!queue) {
      queue = new LedgerAppendQueue(ledgerId, {
        store: this.store,
        nextId: () => this.ids.next(),
        now: () => this.clock.now(),
        ...APPEND_QUEUE_BOUNDS,
        onCommit: (id, events, seconds, position) => this.observer.committed(id, events, seconds, position),
        lifecycles: this.lifecycles,
        policy: { beforeImageMismatch: this.config.settingsOf(ledgerId).beforeImageMismatch },
        marks: this.marks,
      });
      this.queues.set(ledgerId, queue);
    }
    return queue;
  }
}
