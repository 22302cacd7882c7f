import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { SubscriptionSource } from '../esdb-subscription.js';

/**
 * Stands in for one server subscription of the client: the test pushes the events the server
 * would send, or an error the client would raise (a dropped connection), or ends the call.
 */
export class ScriptedSubscriptionSource implements SubscriptionSource {
  unsubscribed = false;
  private readonly queue: (AllStreamResolvedEvent | Error | 'end')[] = [];
  private wake: (() => void) | undefined;

  push(...items: (AllStreamResolvedEvent | Error | 'end')[]): void {
    this.queue.push(...items);
    this.wake?.();
  }

  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<AllStreamResolvedEvent> {
    for (;;) {
      const item = this.queue.shift();
      if (item === 'end' || (item === undefined && this.unsubscribed)) return;
      if (item instanceof Error) throw item;
      if (item !== undefined) yield item;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}
