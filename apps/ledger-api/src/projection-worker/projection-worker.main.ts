import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '#event-store';
import { createLedgerProjections, Projector, ReadStore, type ProjectorStatus } from '#read-models';
import type { LedgerConfig } from '../config/index.js';
import { openEventStore } from '../storage/open-event-store.js';
import type { FromProjectionWorker, ProjectionWorkerData, ToProjectionWorker } from './projection-worker.messages.js';

/**
 * The projection worker thread: keeps the read models from the log, off the service's event
 * loop, and tells the service every checkpoint it commits. Started by WorkerProjectionRunner.
 */
const port = parentPort!;
const data = workerData as ProjectionWorkerData;
const send = (message: FromProjectionWorker) => port.postMessage(message);

try {
  const store = await openEventStore(data.config as LedgerConfig);
  const readStore = ReadStore.open(data.readModelsFile);
  const projector = new Projector(store, readStore, createLedgerProjections(readStore), {
    onStatus: (status: ProjectorStatus) => send({ kind: 'status', status }),
  });
  port.on('message', (message: ToProjectionWorker) => {
    if (message.kind === 'committed') {
      if (store instanceof SqliteEventStore) store.notifyCommitted();
    } else {
      void stop();
    }
  });
  await projector.start();
  send({ kind: 'ready', status: projector.status() });

  async function stop(): Promise<void> {
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
