import { openEventStore, type EventStore } from '#event-store';
import { ReadModels, ReadStore, WorkerProjectionRunner } from '#read-models';
import { StorageLocation } from './storage-location.js';
import type { StorageOptions } from './storage-options.js';

/** The log and the read models of one data directory, opened together. */
export interface LedgerStorage {
  location: StorageLocation;
  store: EventStore;
  readStore: ReadStore;
  /** Closes what was opened, the log last. */
  close(): Promise<void>;
}

/** The service's storage: the projector runs in a worker thread, this thread only queries. */
export interface ServiceStorage extends LedgerStorage {
  readModels: ReadModels;
  runner: WorkerProjectionRunner;
}

export interface ServiceMode {
  kind: 'service';
  onProjectorFailure?: (message: string) => void;
  /** The projection worker's built entry point, for tests that run from sources. */
  workerScript?: URL;
}

/**
 * The one composition root for storage. `service`: the log, whose every commit wakes the
 * projection worker (the store's onAfterCommit hook), the worker (started; the read-model tables
 * exist when this resolves), a query-only connection to the read models and the ReadModels that
 * follow the worker's swaps. `direct`: the log and a read-model connection that may write (the
 * CLI's and the bench's rebuilds, run in this thread).
 * @throws EventStoreUnavailableError when the log cannot be opened; the worker's start error.
 */
export async function openLedgerStorage(options: StorageOptions, mode: ServiceMode): Promise<ServiceStorage>;
export async function openLedgerStorage(options: StorageOptions, mode: { kind: 'direct' }): Promise<LedgerStorage>;
export async function openLedgerStorage(
  options: StorageOptions,
  mode: ServiceMode | { kind: 'direct' },
): Promise<LedgerStorage | ServiceStorage> {
  const location = new StorageLocation(options);
  location.ensureExists();
  if (mode.kind === 'direct') {
    const store = await openEventStore(location.eventStore);
    const readStore = ReadStore.open(location.readModelsFile);
    return { location, store, readStore, close: closer(store, readStore) };
  }
  const runner = new WorkerProjectionRunner(
    { eventStore: location.eventStore, readModelsFile: location.readModelsFile },
    { onFailure: mode.onProjectorFailure, workerScript: mode.workerScript },
  );
  const store = await openEventStore(location.eventStore, { onAfterCommit: (_stream, result) => runner.notifyCommitted(result.position) });
  await runner.start();
  // After the worker: it creates the file and its tables.
  const readStore = ReadStore.openForQueries(location.readModelsFile);
  const readModels = new ReadModels(readStore);
  // A rebuild swapped a read model in: queries read the new generation from the next one on.
  runner.onSwap((name, generation) => readModels.use(name, generation));
  const close = closer(store, readStore);
  return { location, store, readStore, readModels, runner, close: async () => { await runner.stop(); await close(); } };
}

function closer(store: EventStore, readStore: ReadStore): () => Promise<void> {
  return async () => {
    readStore.close();
    await store.close();
  };
}
