import type { EventStore } from './event-store.port.js';
import type { EventStoreHooks } from './event-store-hooks.js';

/** Where a log is: the embedded SQLite file, or an EventStoreDB cluster. */
export type EventStoreLocation =
  | { kind: 'sqlite'; filename: string }
  | { kind: 'eventstoredb'; connectionString: string };

/**
 * Opens the log at `location` with `hooks`, loading only that adapter (SQLite deployments never
 * load the gRPC client). EventStoreDB connects lazily: this succeeds while it is down.
 * @throws EventStoreUnavailableError when the SQLite file cannot be opened or the connection string is malformed.
 */
export async function openEventStore(location: EventStoreLocation, hooks: EventStoreHooks = {}): Promise<EventStore> {
  if (location.kind === 'eventstoredb') {
    const { EventStoreDbEventStore } = await import('./eventstoredb/index.js');
    return EventStoreDbEventStore.connect({ connectionString: location.connectionString, hooks });
  }
  const { SqliteEventStore } = await import('./sqlite/index.js');
  return SqliteEventStore.open({ filename: location.filename, hooks });
}
