import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore, type EventStore } from '#event-store';
import type { LedgerConfig } from '../config/index.js';

/**
 * The log the configuration names: the embedded SQLite file `events.db` in LEDGER_DATA_DIR, or
 * EventStoreDB (loaded only then). EventStoreDB is connected lazily: the service starts while it
 * is down and reports not-ready until it answers.
 */
export async function openEventStore(config: LedgerConfig): Promise<EventStore> {
  mkdirSync(config.dataDir, { recursive: true });
  if (config.store === 'eventstoredb') {
    const { EventStoreDbEventStore } = await import('#event-store/eventstoredb');
    return EventStoreDbEventStore.connect({ connectionString: config.eventStoreConnectionString! });
  }
  return SqliteEventStore.open({ filename: join(config.dataDir, 'events.db') });
}
