import { parentPort, workerData } from 'node:worker_threads';
import { CommitSignal, openEventStore } from '#event-store';
import { createLedgerProjections, LEDGER_PROJECTION_CATALOG } from '../../ledger-projections.js';
import { dropLeftoverGenerations } from '../../rebuild/drop-leftover-generations.js';
import { ProjectorRebuilds } from '../../rebuild/projector-rebuilds.js';
import { Projector } from '../projector.js';
import type { ProjectorStatus } from '../projector-status.js';
import { ReadStore } from '../read-store.js';
import type { FromProjectionWorker, ProjectionWorkerData, ToProjectionWorker } from './projection-worker.messages.js';
import { toWorkerError } from './worker-error.js';

/** How often the worker looks for swaps and rebuilds made by other processes, and for old generations to drop. */
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
  // The service's commits go through its own connection: it tells this thread, which reads on at once.
  const commits = new CommitSignal();
  const store = await openEventStore(data.eventStore, { externalCommits: commits });
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
  // Rebuilds other processes run (the CLI) show in the file only: tell the service when they move.
  let rebuildsSent = '';
  const followOtherProcesses = () => {
    rebuilds.followGenerations();
    const now = JSON.stringify(rebuilds.projections().map((projection) => projection.rebuild ?? null));
    if (now !== rebuildsSent) sendStatus();
    rebuildsSent = now;
  };
  const timers = [
    setInterval(followOtherProcesses, FOLLOW_MS),
    setInterval(() => dropLeftoverGenerations(readStore, LEDGER_PROJECTION_CATALOG, new Date()), CLEANUP_MS),
  ];
  port.on('message', (message: ToProjectionWorker) => {
    switch (message.kind) {
      case 'committed':
        commits.notify();
        return;
      case 'rebuild':
        rebuilds.start(message.name).then(
          ({ generation }) => send({ kind: 'rebuild-started', id: message.id, name: message.name, generation }),
          (error: unknown) => send({ kind: 'rebuild-refused', id: message.id, name: message.name, error: toWorkerError(error, { projection: message.name }) }),
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
  send({ kind: 'failed', error: toWorkerError(error) });
  port.close();
}
