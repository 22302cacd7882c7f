import { Logger, Module } from '@nestjs/common';
import { join } from 'node:path';
import { EventStore } from '#event-store';
import { ProjectionAdmin, ProjectionRunner, ReadModels, ReadStore } from '#read-models';
import { LedgerConfig } from '../config/index.js';
import { WorkerProjectionRunner } from '../../projection-worker/worker-projection-runner.js';
import { openEventStore } from './open-event-store.js';

/**
 * The log (EventStore port: embedded SQLite or EventStoreDB, by LEDGER_STORE) and the read models
 * fed from it, which always live in `read-models.db` in LEDGER_DATA_DIR (disposable: rebuilt
 * from the log). A worker thread keeps the read models; this thread only queries them, through
 * its own connection, opened once the worker has created the tables.
 */
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => openEventStore(config),
    },
    {
      provide: WorkerProjectionRunner,
      inject: [LedgerConfig],
      useFactory: async (config: LedgerConfig) => {
        const log = new Logger('Projector');
        const runner = new WorkerProjectionRunner(
          {
            config: { dataDir: config.dataDir, store: config.store, eventStoreConnectionString: config.eventStoreConnectionString },
            readModelsFile: readModelsFile(config),
          },
          { onFailure: (message) => log.error(`projection worker: ${message}`) },
        );
        await runner.start();
        return runner;
      },
    },
    { provide: ProjectionRunner, useExisting: WorkerProjectionRunner },
    { provide: ProjectionAdmin, useExisting: WorkerProjectionRunner },
    {
      provide: ReadStore,
      // After the runner: the worker creates the file and its tables.
      inject: [LedgerConfig, ProjectionRunner],
      useFactory: (config: LedgerConfig) => ReadStore.openForQueries(readModelsFile(config)),
    },
    {
      provide: ReadModels,
      inject: [ReadStore, WorkerProjectionRunner],
      useFactory: (readStore: ReadStore, runner: WorkerProjectionRunner) => {
        const readModels = new ReadModels(readStore);
        // A rebuild swapped a read model in: queries read the new generation from the next one on.
        runner.onSwap((name, generation) => readModels.use(name, generation));
        return readModels;
      },
    },
  ],
  exports: [EventStore, ReadStore, ReadModels, ProjectionRunner, ProjectionAdmin],
})
export class StorageModule {}

function readModelsFile(config: LedgerConfig): string {
  return join(config.dataDir, 'read-models.db');
}
