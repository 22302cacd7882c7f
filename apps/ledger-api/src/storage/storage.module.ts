import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { EventStore } from '#event-store';
import { AuditEventIndex, LedgerHeads, Projector, ReadStore } from '#read-models';
import { LedgerConfig } from '../config/index.js';
import { openEventStore } from './open-event-store.js';

/**
 * The log (EventStore port: embedded SQLite or EventStoreDB, by LEDGER_STORE) and the read models
 * fed from it, which always live in `read-models.db` in LEDGER_DATA_DIR (disposable: rebuilt
 * from the log).
 */
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => openEventStore(config),
    },
    {
      provide: ReadStore,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => ReadStore.open(join(config.dataDir, 'read-models.db')),
    },
    { provide: AuditEventIndex, inject: [ReadStore], useFactory: (readStore: ReadStore) => new AuditEventIndex(readStore) },
    { provide: LedgerHeads, inject: [ReadStore], useFactory: (readStore: ReadStore) => new LedgerHeads(readStore) },
    {
      provide: Projector,
      inject: [EventStore, ReadStore, AuditEventIndex, LedgerHeads],
      useFactory: (store: EventStore, readStore: ReadStore, index: AuditEventIndex, heads: LedgerHeads) =>
        new Projector(store, readStore, [index, heads]),
    },
  ],
  exports: [EventStore, ReadStore, AuditEventIndex, LedgerHeads, Projector],
})
export class StorageModule {}
