import { Logger, Module } from '@nestjs/common';
import { EventStore } from '#event-store';
import { openLedgerStorage, type ServiceStorage } from '#ledger-storage';
import { ProjectionAdmin, ProjectionRunner, ReadModels, ReadStore } from '#read-models';
import { LedgerConfig } from '../config/index.js';

/** DI token of the opened storage (openLedgerStorage, the one composition root). */
export const LEDGER_STORAGE = Symbol('LEDGER_STORAGE');

/**
 * The log (EventStore port: embedded SQLite or EventStoreDB, by LEDGER_STORE) and the read models
 * fed from it by a worker thread, as `openLedgerStorage` opens them; this module only hands the
 * pieces to Nest. The service's shutdown (LedgerLifecycle) closes them in order.
 */
@Module({
  providers: [
    {
      provide: LEDGER_STORAGE,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => {
        const log = new Logger('Projector');
        return openLedgerStorage(config.storage, { kind: 'service', onProjectorFailure: (message) => log.error(`projection worker: ${message}`) });
      },
    },
    { provide: EventStore, inject: [LEDGER_STORAGE], useFactory: (storage: ServiceStorage) => storage.store },
    { provide: ProjectionRunner, inject: [LEDGER_STORAGE], useFactory: (storage: ServiceStorage) => storage.runner },
    { provide: ProjectionAdmin, inject: [LEDGER_STORAGE], useFactory: (storage: ServiceStorage) => storage.runner },
    { provide: ReadStore, inject: [LEDGER_STORAGE], useFactory: (storage: ServiceStorage) => storage.readStore },
    { provide: ReadModels, inject: [LEDGER_STORAGE], useFactory: (storage: ServiceStorage) => storage.readModels },
  ],
  exports: [LEDGER_STORAGE, EventStore, ReadStore, ReadModels, ProjectionRunner, ProjectionAdmin],
})
export class StorageModule {}
