import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '#event-store';
import { LedgerError } from '#ledger-domain';
import {
  createLedgerProjections,
  dropLeftoverGenerations,
  LEDGER_PROJECTION_CATALOG,
  Projector,
  ProjectorRebuilds,
  ReadStore,
  type ProjectorStatus,
} from '#read-models';
import type { LedgerConfig } from '../platform/config/index.js';
import { openEventStore } from '../platform/storage/open-event-store.js';
import type { FromProjectionWorker, ProjectionWorkerData, ToProjectionWorker } from './projection-worker.messages.js';

/** How often the worker looks for swaps made by other processes, and for old generations to drop. */
const FOLLOW_MS = 1000;
const CLEANUP_MS = 10_000;

/**
 * The projection worker thread: keeps the read models from the log, off the service's event
 * loop, rebuilds them on request, and tells the service every checkpoint it commits and every
 * swap. Started by WorkerProjectionRunner.
 */
const port = parentPort!;
const data = workerData as ProjectionWorkerData;
const send = (message: FromProjectionWorker) => port.postMessage(message);

try {
  const store = await openEventStore(data.config as LedgerConfig);
  const readStore = ReadStore.open(data.readModelsFile);
  dropLeftoverGenerations(readStore, LEDGER_PROJECTION_CATALOG, new Date());
  // Called once the projector runs, which is after `rebuilds` exists.
  const withProjections = (status: ProjectorStatus): ProjectorStatus => ({ ...status, projections: rebuilds.projections() });
  const projector = new Projector(store, readStore, createLedgerProjections(readStore), {
    onStatus: (status) => send({ kind: 'status', status: withProjections(status) }),
  });
  const sendStatus = () => send({ kind: 'status', status: withProjections(projector.status()) });
  const rebuilds = new ProjectorRebuilds(projector, store, readStore, LEDGER_PROJECTION_CATALOG, {
    onSwap: (name, generation) => {
      send({ kind: 'swapped', name, generation });
      sendStatus();
    },
    onProgress: (name, status) => {
      send({ kind: 'rebuild-progress', name, status });
      if (status.state !== 'running') sendStatus();
    },
  });
  const timers = [
    setInterval(() => rebuilds.followGenerations(), FOLLOW_MS),
    setInterval(() => dropLeftoverGenerations(readStore, LEDGER_PROJECTION_CATALOG, new Date()), CLEANUP_MS),
  ];
  port.on('message', (message: ToProjectionWorker) => {
    switch (message.kind) {
      case 'committed':
        if (store instanceof SqliteEventStore) store.notifyCommitted();
        return;
      case 'rebuild':
        rebuilds.start(message.name).then(
          ({ generation }) => send({ kind: 'rebuild-started', id: message.id, name: message.name, generation }),
          (error: unknown) => send({
            kind: 'rebuild-refused',
            id: message.id,
            name: message.name,
            code: error instanceof LedgerError ? error.code : undefined,
            message: error instanceof Error ? error.message : String(error),
          }),
        );
        return;
      case 'stop':
        void stop();
        return;
      default: {
        const unexpected: never = message;
        throw new Error(`unexpected message ${JSON.stringify(unexpected)}`);
      }
    }
  });
  await projector.start();
  send({ kind: 'ready', status: withProjections(projector.status()) });

  async function stop(): Promise<void> {
    for (const timer of timers) clearInterval(timer);
    await projector.stop();
    await store.close();
    readStore.close();
    send({ kind: 'stopped', status: projector.status() });
    port.close();
  }
} catch (error) {
  send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
