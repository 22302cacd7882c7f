import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStoreLocation } from '#event-store';
import type { StorageOptions } from './storage-options.js';

/**
 * Every path under the data directory, derived in this one place: the service, its projection
 * worker, the CLI and the bench all find the files here.
 */
export class StorageLocation {
  constructor(readonly options: StorageOptions) {}

  get dataDir(): string {
    return this.options.dataDir;
  }

  /** The embedded log (LEDGER_STORE=sqlite): the only file a backup must hold. */
  get eventsFile(): string {
    return join(this.dataDir, 'events.db');
  }

  /** The read models (disposable: rebuilt from the log). */
  get readModelsFile(): string {
    return join(this.dataDir, 'read-models.db');
  }

  /** The signed checkpoints (kept for good: they are what the service never contradicts). */
  get checkpointsFile(): string {
    return join(this.dataDir, 'checkpoints.db');
  }

  /** Where the log is, as the event-store opener takes it. */
  get eventStore(): EventStoreLocation {
    return this.options.store === 'eventstoredb'
      ? { kind: 'eventstoredb', connectionString: this.options.eventStoreConnectionString! }
      : { kind: 'sqlite', filename: this.eventsFile };
  }

  /** Creates the data directory if missing. */
  ensureExists(): void {
    mkdirSync(this.dataDir, { recursive: true });
  }
}
