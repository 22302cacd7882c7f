import { Module } from '@nestjs/common';
import { DEFAULT_AUDIT_EVENT_LIMITS } from '#ledger-domain';
import { AcknowledgedMarks, AppendObserver, Clock, IdGenerator, LifecycleStates, SystemClock, UuidV7Generator } from '#ledger-writer';
import { LedgerConfig } from '../config/index.js';
import { LedgerAppendObserver } from '../shutdown/ledger-append-observer.js';
import { StorageModule } from '../storage/storage.module.js';
import { TransparencyLogModule } from '../transparency-log/transparency-log.module.js';
import { ACKNOWLEDGED_MARKS_PROVIDER } from './acknowledged-marks.provider.js';
import { AUDIT_EVENT_LIMITS } from './audit-event-limits.js';
import { LedgerWriter } from './ledger-writer.js';
import { ReadModelLifecycleStates } from './read-model-lifecycle-states.js';

/** The write core (libs/ledger-writer) as Nest providers: the writer and the ports it is built with. */
@Module({
  imports: [StorageModule, TransparencyLogModule],
  providers: [
    LedgerWriter,
    ACKNOWLEDGED_MARKS_PROVIDER,
    { provide: Clock, useClass: SystemClock },
    { provide: IdGenerator, useClass: UuidV7Generator },
    { provide: AppendObserver, useClass: LedgerAppendObserver },
    { provide: LifecycleStates, useClass: ReadModelLifecycleStates },
    {
      provide: AUDIT_EVENT_LIMITS,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => ({ ...DEFAULT_AUDIT_EVENT_LIMITS, maxRecordBytes: config.maxRecordBytes }),
    },
  ],
  exports: [LedgerWriter, AcknowledgedMarks, AUDIT_EVENT_LIMITS],
})
export class LedgerWriterModule {}
