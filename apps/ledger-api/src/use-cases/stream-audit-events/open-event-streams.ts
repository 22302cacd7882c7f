import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { TooManyStreamsError } from '#ledger-domain';
import { LedgerConfig } from '../../platform/config/index.js';
import { LedgerMetrics } from '../../platform/observability/index.js';
import type { AuditEventStream } from './audit-event-stream.js';

/**
 * The event streams this instance serves: at most LEDGER_MAX_STREAMS at once, and all of them ended
 * with a `stream-ended` event (where to resume) when the service shuts down, before the HTTP server
 * closes — an open stream would otherwise hold the shutdown until the client left.
 */
@Injectable()
export class OpenEventStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<AuditEventStream>();
  private reserved = 0;
  private closing = false;

  constructor(
    private readonly config: LedgerConfig,
    private readonly metrics: LedgerMetrics,
  ) {}

  /**
   * Reserves a place for a stream about to open; call {@link add} with it or {@link release}.
   * @throws TooManyStreamsError (503) when this instance is at its limit or shutting down.
   */
  reserve(): void {
    if (this.closing || this.open.size + this.reserved >= this.config.maxStreams) throw new TooManyStreamsError(this.config.maxStreams);
    this.reserved++;
  }

  /** Tracks a stream that took a reserved place until it has run to its end. */
  async add(stream: AuditEventStream): Promise<void> {
    this.reserved--;
    this.open.add(stream);
    this.metrics.streamOpened();
    try {
      await stream.run();
    } finally {
      this.open.delete(stream);
      this.metrics.streamEnded(stream.endedBy ?? 'client');
    }
  }

  release(): void {
    this.reserved--;
  }

  get size(): number {
    return this.open.size;
  }

  /**
   * Ends every stream and waits until each has flushed its last event (or its client is let go for
   * not reading): the HTTP server's close that follows destroys connections whose response has ended,
   * and with them whatever they still buffered.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    const streams = [...this.open];
    for (const stream of streams) stream.end('shutdown');
    await Promise.all(streams.map((stream) => stream.flushed()));
  }
}
