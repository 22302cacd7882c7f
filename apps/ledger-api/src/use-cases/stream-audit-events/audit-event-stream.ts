import type { Writable } from 'node:stream';
import type { AuditEventIndex, ProjectionRunner } from '#read-models';
import type { AuditEventFilter } from '../list-audit-events/audit-event-filter.dto.js';
import { endFrame, HEARTBEAT_FRAME, openingFrame, recordFrame, type StreamEndReason } from './sse-frames.js';

/** Records read from the index per query; at most one page is ever held for a client. */
const PAGE = 200;
/**
 * After the last event, how long the buffered rest may make no progress before the socket is let go.
 * Longer than the write timeout: a client still reading works through the kernel's socket buffers
 * (megabytes on loopback) before the service's own buffer moves.
 */
const MIN_END_GRACE_MS = 15_000;

export interface AuditEventStreamOptions {
  ledgerId: string;
  filter: AuditEventFilter;
  /** Send the events with a sequence above this. */
  afterSequence: number;
  heartbeatMs: number;
  /** A client that has not taken what was written within this long is cut off. */
  writeTimeoutMs: number;
}

/**
 * One client's event stream: the matching records after `afterSequence`, in sequence order, then
 * each new one as the projector applies it. Nothing is missed or repeated: the index is complete up
 * to any sequence it holds (a ledger's records are projected in order), and each query starts after
 * the last sequence written. Writes respect backpressure: when the socket is full the stream waits
 * for it to drain, and a client that does not read within `writeTimeoutMs` is sent a last
 * `stream-ended` event naming the sequence to resume after, then disconnected; nothing more is buffered.
 */
export class AuditEventStream {
  private last: number;
  private lastWriteAt = Date.now();
  private closed = false;
  /** Told once when the stream closes: the waits in flight (see {@link onClose}). */
  private readonly closeListeners = new Set<() => void>();
  /** Set when the service ended the stream (the client ending it leaves it undefined). */
  endedBy: StreamEndReason | undefined;

  constructor(
    private readonly index: Pick<AuditEventIndex, 'list' | 'getJsonBySequences'>,
    private readonly projector: Pick<ProjectionRunner, 'checkpoint' | 'waitForPosition'>,
    private readonly out: Writable,
    private readonly options: AuditEventStreamOptions,
  ) {
    this.last = options.afterSequence;
    out.once('close', () => this.markClosed());
  }

  /** The sequence of the last record written (what a client resumes after). */
  get lastEventId(): number {
    return this.last;
  }

  /** Runs until the client goes away or {@link end} is called. Never rejects. */
  async run(): Promise<void> {
    try {
      if (!(await this.write(openingFrame(this.last)))) return;
      while (!this.closed) {
        // Read the projector's position before the query: anything applied after it wakes the wait below.
        const seen = this.projector.checkpoint;
        const page = this.index.list(this.options.ledgerId, { ...this.options.filter, fromSequence: this.last + 1, sortOrder: 'ASC', limit: PAGE });
        // `data` is the record's JSON exactly as stored, not a re-serialization of the parsed row.
        const stored = this.index.getJsonBySequences(this.options.ledgerId, page.auditEvents.map((record) => record.sequence));
        for (const [i, record] of page.auditEvents.entries()) {
          if (!(await this.write(recordFrame(record.sequence, record.eventType, stored[i] ?? JSON.stringify(record)), record.sequence))) return;
        }
        if (page.hasMore) continue;
        const idleFor = Date.now() - this.lastWriteAt;
        if (idleFor >= this.options.heartbeatMs) {
          if (!(await this.write(HEARTBEAT_FRAME))) return;
          continue;
        }
        await new Promise<void>((resolve) => {
          const forget = this.onClose(resolve);
          void this.projector.waitForPosition(seen + 1, this.options.heartbeatMs - idleFor).then(() => {
            forget();
            resolve();
          });
        });
      }
    } catch {
      // A read that fails (the read store closing under a shutdown) ends this stream, not the service.
      this.end('shutdown');
    }
  }

  /** Ends the stream with a last event saying where to resume (shutdown, slow client). */
  end(reason: StreamEndReason): void {
    if (this.closed) return;
    this.endedBy = reason;
    this.markClosed();
    // The response says `Connection: close`, so the server closes the socket once this is flushed.
    this.out.end(endFrame(reason, this.last));
    this.letGoUnlessReading();
  }

  /**
   * What is still buffered reaches a client that keeps reading, however slowly; a client that takes
   * nothing for the grace is disconnected (its buffers freed).
   */
  private letGoUnlessReading(): void {
    let buffered = this.out.writableLength;
    const timer = setInterval(() => {
      if (this.out.destroyed || this.out.writableFinished) return clearInterval(timer);
      const now = this.out.writableLength;
      if (now >= buffered) {
        clearInterval(timer);
        this.out.destroy();
      }
      buffered = now;
    }, Math.max(MIN_END_GRACE_MS, this.options.writeTimeoutMs));
    timer.unref();
  }

  /**
   * Resolves once what was written has reached the kernel (the response finished) or the socket is
   * gone. Until then the HTTP server must not close the connection: it would drop the last events.
   */
  flushed(): Promise<void> {
    if (this.out.writableFinished || this.out.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      this.out.once('finish', () => resolve());
      this.out.once('close', () => resolve());
    });
  }

  /**
   * Writes a frame (a record's, when `sequence` is given); false when the stream is over (closed, or
   * cut off because the client stopped reading). A frame written is queued even when the socket is
   * full, so it counts as sent: the last event names it as the one to resume after.
   */
  private async write(frame: string, sequence?: number): Promise<boolean> {
    if (this.closed) return false;
    this.lastWriteAt = Date.now();
    const room = this.out.write(frame);
    if (sequence !== undefined) this.last = sequence;
    if (room) return true;
    const drained = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(false), this.options.writeTimeoutMs);
      const onDrain = () => done(true);
      // Assigned below; declared first because onClose calls its listener at once on a closed stream.
      let forget = (): void => undefined;
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.out.off('drain', onDrain);
        forget();
        resolve(ok);
      };
      this.out.once('drain', onDrain);
      forget = this.onClose(() => done(false));
    });
    if (!drained) this.end('slow-client');
    return drained && !this.closed;
  }

  /**
   * Calls `listener` when the stream closes (at once if it has); returns what unregisters it. A
   * wait that ends otherwise must unregister: a stream lives for days, and a promise of its close
   * raced against every wait would keep one reaction per wait until then.
   */
  private onClose(listener: () => void): () => void {
    if (this.closed) {
      listener();
      return () => undefined;
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  private markClosed(): void {
    this.closed = true;
    for (const listener of this.closeListeners) listener();
    this.closeListeners.clear();
  }
}
