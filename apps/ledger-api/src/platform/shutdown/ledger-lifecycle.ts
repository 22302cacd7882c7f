import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventStore } from '#event-store';
import { ProjectionRunner, ReadStore } from '#read-models';
import { LedgerWriter } from '../ledger-writer/ledger-writer.js';
import { ReadYourWritesBarrier } from '../read-your-writes/read-your-writes.barrier.js';

/**
 * Start and stop in the one safe order. Shutdown (SIGTERM): the HTTP server has stopped taking
 * requests; every append already accepted is committed; the projector finishes its batch; only
 * then are the store and read store closed.
 */
@Injectable()
export class LedgerLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(LedgerLifecycle.name);

  constructor(
    private readonly writer: LedgerWriter,
    private readonly projector: ProjectionRunner,
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      this.barrier.raiseFloor(await this.store.headPosition());
    } catch {
      // The store is not reachable yet (EventStoreDB down): start anyway and report not-ready.
      this.log.warn('the event store does not answer yet; the service reports not-ready until it does');
    }
    // The projection worker was started with the read store (StorageModule): its tables exist.
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.log.log(`shutting down${signal ? ` on ${signal}` : ''}: draining appends`);
    await this.writer.drain();
    await this.projector.stop();
    await this.store.close();
    this.readStore.close();
    this.log.log('shut down cleanly');
  }
}
