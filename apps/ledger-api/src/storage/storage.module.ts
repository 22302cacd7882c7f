import { Module } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventStore, SqliteEventStore } from '#event-store';
import { AuditEventIndex, LedgerHeads, Projector, ReadStore } from '#read-models';
import { LedgerConfig } from '../config/index.js';

/**
 * The log (EventStore port; the embedded SQLite store for now) and the read models fed from it.
 * `events.db` is the log, `read-models.db` the disposable projections, both in LEDGER_DATA_DIR.
 */
@Module({
  providers: [
    {
      provide: EventStore,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => {
        mkdirSync(config.dataDir, { recursive: true });
        return SqliteEventStore.open({ filename: join(config.dataDir, 'events.db') });
      },
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
