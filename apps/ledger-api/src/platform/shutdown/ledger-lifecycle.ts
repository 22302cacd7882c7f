import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventStore } from '#event-store';
import { ProjectionRunner, ReadStore } from '#read-models';
import { LedgerConfig } from '../config/index.js';
import { LedgerWriter } from '../ledger-writer/ledger-writer.js';
import { LedgerCheckpoints } from '../transparency-log/ledger-checkpoints.js';
import { ReadYourWritesBarrier } from '../read-your-writes/read-your-writes.barrier.js';

/** How long shutdown waits for the tree to reach the last append before its final checkpoint. */
const SHUTDOWN_CATCH_UP_MS = 5_000;

/**
 * Start and stop in the one safe order. Shutdown (SIGTERM, see closeOnSignals): first the drain
 * ({@link drainTraffic}: not ready, still serving); then the HTTP server stops taking requests and
 * answers those in flight; then (onApplicationShutdown) every append already accepted is committed,
 * a last checkpoint is signed, the projector finishes its batch, and only then are the store and
 * read store closed.
 */
@Injectable()
export class LedgerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(LedgerLifecycle.name);
  private drainStarted = false;

  constructor(
    private readonly writer: LedgerWriter,
    private readonly projector: ProjectionRunner,
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly barrier: ReadYourWritesBarrier,
    private readonly checkpoints: LedgerCheckpoints,
    private readonly config: LedgerConfig,
  ) {}

  /** From the start of the drain on: /readyz answers 503 (ShutdownReadinessCheck). */
  get draining(): boolean {
    return this.drainStarted;
  }

  /**
   * Reports not-ready and keeps serving for LEDGER_SHUTDOWN_DRAIN_MS, so that load balancers take
   * the instance out of rotation before its listener closes (instead of meeting ECONNREFUSED).
   */
  async drainTraffic(): Promise<void> {
    this.drainStarted = true;
    if (this.config.shutdownDrainMs === 0) return;
    this.log.log(`draining: not ready, serving for ${this.config.shutdownDrainMs} ms more`);
    await sleep(this.config.shutdownDrainMs);
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      this.barrier.raiseFloor(await this.store.headPosition());
    } catch {
      // The store is not reachable yet (EventStoreDB down): start anyway and report not-ready.
      this.log.warn('the event store does not answer yet; the service reports not-ready until it does');
    }
    // The projection worker was started with the read store (StorageModule): its tables exist.
    this.checkpoints.start();
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.log.log(`shutting down${signal ? ` on ${signal}` : ''}: draining appends`);
    await this.writer.drain();
    // The last checkpoint covers every append acknowledged: let the tree reach them first.
    await this.projector.waitForPosition(this.writer.lastWrittenPosition, SHUTDOWN_CATCH_UP_MS);
    await this.checkpoints.stop();
    await this.projector.stop();
    await this.store.close();
    this.readStore.close();
    this.log.log('shut down cleanly');
  }
}
