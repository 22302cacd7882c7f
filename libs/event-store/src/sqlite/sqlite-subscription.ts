import type { EventSubscription } from '../event-store.port.js';
import type { RecordedEvent } from '../recorded-event.js';

export interface SubscriptionSource {
  /** Events with position > afterPosition, in order, at most maxCount. */
  readAfter(afterPosition: number, maxCount: number): RecordedEvent[];
  /** Resolves on the next in-process commit, after `pollMs` (other processes' commits), or when woken. */
  waitForChange(pollMs: number, wake: Promise<void>): Promise<void>;
}

const PAGE = 1000;

/**
 * Catch-up then live subscription over the SQLite log: pages through history (so a million
 * events never sit in memory), then waits for commits of this process (immediate wake-up) or of
 * other processes (polling), and delivers each event exactly once in position order.
 */
export function createSqliteSubscription(source: SubscriptionSource, afterPosition: number, pollMs: number): EventSubscription {
  let stopped = false;
  let wakeUp!: () => void;
  const woken = new Promise<void>((resolve) => (wakeUp = resolve));

  async function* events(): AsyncGenerator<RecordedEvent> {
    let position = afterPosition;
    while (!stopped) {
      const page = source.readAfter(position, PAGE);
      for (const event of page) {
        if (stopped) return;
        position = event.position;
        yield event;
      }
      if (page.length < PAGE && !stopped) await source.waitForChange(pollMs, woken);
    }
  }

  const iterator = events();
  return {
    [Symbol.asyncIterator]: () => iterator,
    unsubscribe: async () => {
      stopped = true;
      wakeUp();
    },
  };
}
