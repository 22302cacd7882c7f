import type { EventStore } from '../event-store.port.js';
import { describeAppendContract } from './append.contract.js';
import type { ContractContext } from './contract-fixtures.js';
import { describeIdempotencyContract } from './idempotency.contract.js';
import { describeReadContract } from './read.contract.js';
import { describeSubscriptionContract } from './subscription.contract.js';

/** Real differences between adapters; every behaviour not named here is the same for all. */
export interface EventStoreContractOptions {
  /**
   * Whether the store refuses an event id it already holds, in any stream, with
   * DuplicateEventIdError (default true). EventStoreDB only de-duplicates ids within its
   * idempotent-write window and never across streams, so its adapter may set false.
   */
  rejectsDuplicateEventIds?: boolean;
}

/** Makes a fresh, open store for one test; `teardown` runs after the store is closed. */
export type EventStoreFactory = () => Promise<{ store: EventStore; teardown?: () => Promise<void> }>;

/**
 * Registers (jest describe/it) every behaviour the EventStore port promises, run against the
 * stores `factory` makes: one store per test, closed after it. Stream names are unique per test,
 * and global-log checks ignore other streams, so the suite also runs on a shared EventStoreDB.
 */
export function describeEventStoreContract(
  name: string,
  factory: EventStoreFactory,
  options: EventStoreContractOptions = {},
): void {
  describe(`EventStore contract: ${name}`, () => {
    let current: { store: EventStore; teardown?: () => Promise<void> } | undefined;
    let closed = false;
    const context: ContractContext = {
      store: () => {
        if (!current) throw new Error('the contract store is used outside a test');
        return current.store;
      },
      closeStore: async () => {
        closed = true;
        await context.store().close();
      },
      rejectsDuplicateEventIds: options.rejectsDuplicateEventIds ?? true,
    };

    beforeEach(async () => {
      closed = false;
      current = await factory();
    });
    afterEach(async () => {
      if (current && !closed) await current.store.close();
      await current?.teardown?.();
      current = undefined;
    });

    describeAppendContract(context);
    describeIdempotencyContract(context);
    describeReadContract(context);
    describeSubscriptionContract(context);
  });
}
