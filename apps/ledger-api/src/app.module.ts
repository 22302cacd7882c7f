import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DEFAULT_AUDIT_EVENT_LIMITS } from '#ledger-domain';
import { LedgerConfig } from './config/index.js';
import { GetAuditEventHandler } from './get-audit-event/get-audit-event.handler.js';
import { GetAuditEventHttpController } from './get-audit-event/get-audit-event.http.controller.js';
import { GetLifecycleHistoryHandler } from './get-lifecycle-history/get-lifecycle-history.handler.js';
import { GetLifecycleHistoryHttpController } from './get-lifecycle-history/get-lifecycle-history.http.controller.js';
import { GetLifecycleResourceHandler } from './get-lifecycle-resource/get-lifecycle-resource.handler.js';
import { GetLifecycleResourceHttpController } from './get-lifecycle-resource/get-lifecycle-resource.http.controller.js';
import { ListLifecycleResourcesHandler } from './list-lifecycle-resources/list-lifecycle-resources.handler.js';
import { ListLifecycleResourcesHttpController } from './list-lifecycle-resources/list-lifecycle-resources.http.controller.js';
import { ListProjectionsHandler } from './list-projections/list-projections.handler.js';
import { ListProjectionsHttpController } from './list-projections/list-projections.http.controller.js';
import { RebuildProjectionHandler } from './rebuild-projection/rebuild-projection.handler.js';
import { RebuildProjectionHttpController } from './rebuild-projection/rebuild-projection.http.controller.js';
import { GetLedgerHandler } from './get-ledger/get-ledger.handler.js';
import { GetLedgerHttpController } from './get-ledger/get-ledger.http.controller.js';
import { AppendObserver } from './ledger-writer/append-observer.js';
import { AUDIT_EVENT_LIMITS } from './ledger-writer/audit-event-limits.js';
import { Clock, SystemClock } from './ledger-writer/clock.js';
import { IdGenerator, UuidV7Generator } from './ledger-writer/id-generator.js';
import { LedgerWriter } from './ledger-writer/ledger-writer.js';
import { LifecycleStates } from './ledger-writer/lifecycle-states.js';
import { ReadModelLifecycleStates } from './ledger-writer/read-model-lifecycle-states.js';
import { LedgerLifecycle } from './lifecycle/ledger-lifecycle.js';
import { ListAuditEventsHandler } from './list-audit-events/list-audit-events.handler.js';
import { ListAuditEventsHttpController } from './list-audit-events/list-audit-events.http.controller.js';
import { LedgerAppendObserver } from './lifecycle/ledger-append-observer.js';
import { PlatformModule } from './platform.module.js';
import { HealthHttpController, ProjectorReadinessCheck, provideReadinessChecks, StoreReadinessCheck } from './health/index.js';
import { MetricsHttpController } from './observability/index.js';
import { ReadYourWritesBarrier } from './read-your-writes/read-your-writes.barrier.js';
import { RecordAuditEventBatchHandler } from './record-audit-event-batch/record-audit-event-batch.handler.js';
import { RecordAuditEventBatchHttpController } from './record-audit-event-batch/record-audit-event-batch.http.controller.js';
import { RecordAuditEventHandler } from './record-audit-event/record-audit-event.handler.js';
import { RecordAuditEventHttpController } from './record-audit-event/record-audit-event.http.controller.js';
import { StorageModule } from './storage/storage.module.js';
import { VerifyAuditEventHandler } from './verify-audit-event/verify-audit-event.handler.js';
import { VerifyAuditEventHttpController } from './verify-audit-event/verify-audit-event.http.controller.js';
import { VerifyLedgerHandler } from './verify-ledger/verify-ledger.handler.js';
import { VerifyLedgerHttpController } from './verify-ledger/verify-ledger.http.controller.js';
import { ListValidationsHandler } from './list-validations/list-validations.handler.js';
import { ListValidationsHttpController } from './list-validations/list-validations.http.controller.js';
import { GetValidationHandler } from './get-validation/get-validation.handler.js';
import { GetValidationHttpController } from './get-validation/get-validation.http.controller.js';
import { GetValidationContextHandler } from './get-validation-context/get-validation-context.handler.js';
import { GetValidationContextHttpController } from './get-validation-context/get-validation-context.http.controller.js';

/** The ledger service: one controller + handler pair per use case, over the storage and platform modules. */
@Module({
  imports: [PlatformModule, CqrsModule.forRoot(), StorageModule],
  controllers: [
    HealthHttpController,
    MetricsHttpController,
    // Batch before the `:eventId` routes so /batch is never read as an id.
    RecordAuditEventBatchHttpController,
    RecordAuditEventHttpController,
    ListAuditEventsHttpController,
    VerifyAuditEventHttpController,
    GetAuditEventHttpController,
    VerifyLedgerHttpController,
    GetLedgerHttpController,
    ListLifecycleResourcesHttpController,
    GetLifecycleHistoryHttpController,
    GetLifecycleResourceHttpController,
    ListValidationsHttpController,
    GetValidationHttpController,
    GetValidationContextHttpController,
    ListProjectionsHttpController,
    RebuildProjectionHttpController,
  ],
  providers: [
    RecordAuditEventHandler,
    RecordAuditEventBatchHandler,
    GetAuditEventHandler,
    ListAuditEventsHandler,
    VerifyAuditEventHandler,
    VerifyLedgerHandler,
    GetLedgerHandler,
    ListLifecycleResourcesHandler,
    GetLifecycleResourceHandler,
    GetLifecycleHistoryHandler,
    ListValidationsHandler,
    GetValidationHandler,
    GetValidationContextHandler,
    ListProjectionsHandler,
    RebuildProjectionHandler,
    LedgerWriter,
    ReadYourWritesBarrier,
    LedgerLifecycle,
    ...provideReadinessChecks(StoreReadinessCheck, ProjectorReadinessCheck),
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
})
export class AppModule {}
