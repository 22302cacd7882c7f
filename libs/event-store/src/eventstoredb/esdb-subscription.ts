import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { EventSubscription } from '../event-store.port.js';
import type { RecordedEvent } from '../recorded-event.js';
import { decodeEsdbEvent } from './decode-esdb-event.js';
import { isCallerEvent } from './is-caller-event.js';
import { isTransientEsdbError, translateEsdbError } from './translate-esdb-error.js';

/** What the client's subscribeToAll returns, as far as this class uses it. */
export interface SubscriptionSource extends AsyncIterable<AllStreamResolvedEvent> {
  unsubscribe(): Promise<void>;
  /** Readable.destroy: settles a pending read of the iterator once the call is cancelled. */
  destroy?(): void;
}

/** Opens a server subscription to $all delivering (at least) every event after `afterPosition`. */
export type OpenSubscriptionSource = (afterPosition: number) => SubscriptionSource;

export interface ResubscribeBackoff {
  /** Wait before the first re-subscription after a drop; doubled per failed attempt. */
  initialMs: number;
  maxMs: number;
}

const STOPPED = Symbol('stopped');

/**
 * The port's subscription over ESDB catch-up subscriptions to $all. It remembers the position of
 * the last event it delivered; when the connection drops (a transient client error, or the
 * server ending the call), it re-subscribes from there after a backoff, and skips every event at
 * or before it — so each caller event is delivered once, in order, across reconnects. System
 * events and idempotency claims are skipped. It ends on unsubscribe(); a non-transient error
 * ends it with the port's error.
 */
export class EsdbSubscription implements EventSubscription {
  private stopped = false;
  private source: SubscriptionSource | undefined;
  /** Settle the waits in flight with STOPPED (see {@link untilStopped}). */
  private readonly stopListeners = new Set<() => void>();
  private readonly iterator: AsyncGenerator<RecordedEvent, void, undefined>;

  constructor(
    private readonly open: OpenSubscriptionSource,
    private position: number,
    private readonly backoff: ResubscribeBackoff,
    private readonly onEnd: (subscription: EsdbSubscription) => void,
  ) {
    this.iterator = this.events();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.iterator;
  }

  /** Ends the iteration: a pending `next()` resolves done, and so does every later one. */
  async unsubscribe(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const stop of this.stopListeners) stop();
    this.stopListeners.clear();
    this.onEnd(this);
    if (this.source) await release(this.source);
  }

  private async *events(): AsyncGenerator<RecordedEvent, void, undefined> {
    let delay = this.backoff.initialMs;
    try {
      while (!this.stopped) {
        const source = (this.source = this.open(this.position));
        const events = source[Symbol.asyncIterator]();
        try {
          for (;;) {
            const pending = events.next();
            pending.catch(() => undefined); // settles after a stop too; nobody awaits it then
            const next = await this.untilStopped(pending);
            if (next === STOPPED || next.done) break;
            delay = this.backoff.initialMs;
            const event = this.deliverable(next.value);
            if (event === undefined) continue;
            this.position = event.position;
            yield event;
            if (this.stopped) return;
          }
        } catch (error) {
          if (this.stopped) return;
          if (!isTransientEsdbError(error)) throw translateEsdbError(error);
        } finally {
          void release(source);
        }
        if (this.stopped) return;
        await this.untilStopped(pause(delay));
        delay = Math.min(Math.max(1, delay * 2), this.backoff.maxMs);
      }
    } finally {
      this.onEnd(this);
    }
  }

  /**
   * `pending`'s outcome, or STOPPED as soon as the subscription is stopped. Not a race against one
   * promise that lives as long as the subscription: every race leaves a reaction on each promise
   * it is given, and on that one they would pile up, one per event delivered, holding the event.
   */
  private untilStopped<T>(pending: Promise<T>): Promise<T | typeof STOPPED> {
    if (this.stopped) return Promise.resolve(STOPPED);
    return new Promise((resolve, reject) => {
      const stop = () => resolve(STOPPED);
      this.stopListeners.add(stop);
      pending.then(
        (value) => {
          this.stopListeners.delete(stop);
          resolve(value);
        },
        (error: unknown) => {
          this.stopListeners.delete(stop);
          reject(error);
        },
      );
    });
  }

  /** The caller event to deliver, or undefined for system events, claims and repeats. */
  private deliverable(resolved: AllStreamResolvedEvent): RecordedEvent | undefined {
    const recorded = resolved.event;
    if (recorded === undefined || !isCallerEvent(recorded)) return undefined;
    const event = decodeEsdbEvent(recorded);
    return event.position > this.position ? event : undefined;
  }
}

/** Cancels the server call and destroys the client's stream; errors of a dead call are moot. */
async function release(source: SubscriptionSource): Promise<void> {
  await source.unsubscribe().catch(() => undefined);
  source.destroy?.();
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
