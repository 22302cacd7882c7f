import type { EventSubscription } from '../event-store.port.js';
import type { RecordedEvent } from '../recorded-event.js';

/** Reads the log for a subscription: events with position > afterPosition, in order, at most `limit`. */
export type ReadAfterPosition = (afterPosition: number, limit: number) => RecordedEvent[];

/** Events read per query: a catch-up over a million events never holds more than this in memory. */
const PAGE_SIZE = 1000;

/**
 * Catch-up, then live, subscription over the SQLite log. It pages through the log from its
 * position; when it reaches the head it waits for a commit of this process ({@link notifyCommit},
 * immediate) or for the next poll (commits of other processes), and reads on. Each event is
 * delivered once, in position order: the position only moves forward past delivered events.
 */
export class SqliteSubscription implements EventSubscription {
  private stopped = false;
  /** Set by a commit that a page read may have missed; cleared before each read. */
  private committed = false;
  private wake: (() => void) | undefined;
  private readonly iterator: AsyncGenerator<RecordedEvent, void, undefined>;

  constructor(
    private readonly readAfter: ReadAfterPosition,
    private position: number,
    private readonly pollIntervalMs: number,
    private readonly onEnd: (subscription: SqliteSubscription) => void,
  ) {
    this.iterator = this.events();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.iterator;
  }

  /** Called by the store after each in-process commit. */
  notifyCommit(): void {
    this.committed = true;
    this.wake?.();
  }

  /** Ends the iteration: a pending `next()` resolves done, and so does every later one. */
  async unsubscribe(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    this.onEnd(this);
  }

  private async *events(): AsyncGenerator<RecordedEvent, void, undefined> {
    try {
      while (!this.stopped) {
        this.committed = false;
        const page = this.readAfter(this.position, PAGE_SIZE);
        for (const event of page) {
          if (this.stopped) return;
          this.position = event.position;
          yield event;
        }
        if (page.length < PAGE_SIZE && !this.committed) await this.nextChange();
      }
    } finally {
      this.onEnd(this);
    }
  }

  private nextChange(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), this.pollIntervalMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
