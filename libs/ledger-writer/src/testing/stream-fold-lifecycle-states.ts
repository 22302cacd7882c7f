import { evolveLifecycle, initialLifecycleState, toLedgerStreamName, type AuditRecord, type LifecycleState } from '#ledger-domain';
import type { EventStore } from '#event-store';
import type { ChainTail } from '../chain-tail.js';
import { lifecycleKeyOf, lifecycleKeyString } from '../lifecycle-key.js';
import { LifecycleStates, type LifecycleKey } from '../lifecycle-states.js';

/** The states folded from the whole ledger stream on every call: slow, obviously right, for tests. */
export class StreamFoldLifecycleStates extends LifecycleStates {
  loads = 0;

  constructor(private readonly store: EventStore) {
    super();
  }

  async load(ledgerId: string, keys: readonly LifecycleKey[], tail: ChainTail): Promise<LifecycleState[]> {
    this.loads += 1;
    const events = await this.store.readStream(toLedgerStreamName(ledgerId), { maxCount: tail.revision + 1 });
    const states = new Map(keys.map((key) => [lifecycleKeyString(key), initialLifecycleState(key.resourceType, key.resourceId)]));
    for (const event of events) {
      const record = event.data as unknown as AuditRecord;
      const key = lifecycleKeyOf(record);
      const state = key && states.get(lifecycleKeyString(key));
      if (state) states.set(lifecycleKeyString(key), evolveLifecycle(state, record));
    }
    return keys.map((key) => states.get(lifecycleKeyString(key))!);
  }
}
