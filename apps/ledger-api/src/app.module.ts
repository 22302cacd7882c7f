import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DEFAULT_AUDIT_EVENT_LIMITS } from '#ledger-domain';
import { LedgerConfig } from './platform/config/index.js';
import { GetAuditEventHandler } from './use-cases/get-audit-event/get-audit-event.handler.js';
import { GetAuditEventHttpController } from './use-cases/get-audit-event/get-audit-event.http.controller.js';
import { GetLifecycleHistoryHandler } from './use-cases/get-lifecycle-history/get-lifecycle-history.handler.js';
import { GetLifecycleHistoryHttpController } from './use-cases/get-lifecycle-history/get-lifecycle-history.http.controller.js';
import { GetLifecycleResourceHandler } from './use-cases/get-lifecycle-resource/get-lifecycle-resource.handler.js';
import { GetLifecycleResourceHttpController } from './use-cases/get-lifecycle-resource/get-lifecycle-resource.http.controller.js';
import { ListLifecycleResourcesHandler } from './use-cases/list-lifecycle-resources/list-lifecycle-resources.handler.js';
import { ListLifecycleResourcesHttpController } from './use-cases/list-lifecycle-resources/list-lifecycle-resources.http.controller.js';
import { ListProjectionsHandler } from './use-cases/list-projections/list-projections.handler.js';
import { ListProjectionsHttpController } from './use-cases/list-projections/list-projections.http.controller.js';
import { RebuildProjectionHandler } from './use-cases/rebuild-projection/rebuild-projection.handler.js';
import { RebuildProjectionHttpController } from './use-cases/rebuild-projection/rebuild-projection.http.controller.js';
import { GetLedgerHandler } from './use-cases/get-ledger/get-ledger.handler.js';
import { GetLedgerHttpController } from './use-cases/get-ledger/get-ledger.http.controller.js';
import { AppendObserver, Clock, SystemClock, IdGenerator, UuidV7Generator, LifecycleStates } from '#ledger-writer';
import { AUDIT_EVENT_LIMITS } from './platform/ledger-writer/audit-event-limits.js';
import { LedgerWriter } from './platform/ledger-writer/ledger-writer.js';
import { ReadModelLifecycleStates } from './platform/ledger-writer/read-model-lifecycle-states.js';
import { LedgerLifecycle } from './platform/shutdown/ledger-lifecycle.js';
import { ListAuditEventsHandler } from './use-cases/list-audit-events/list-audit-events.handler.js';
import { ListAuditEventsHttpController } from './use-cases/list-audit-events/list-audit-events.http.controller.js';
import { LedgerAppendObserver } from './platform/shutdown/ledger-append-observer.js';
import { PlatformModule } from './platform/platform.module.js';
import { HealthHttpController, ProjectorReadinessCheck, provideReadinessChecks, StoreReadinessCheck } from './platform/health/index.js';
import { MetricsHttpController } from './platform/observability/index.js';
import { ReadYourWritesBarrier } from './platform/read-your-writes/read-your-writes.barrier.js';
import { RecordAuditEventBatchHandler } from './use-cases/record-audit-event-batch/record-audit-event-batch.handler.js';
import { RecordAuditEventBatchHttpController } from './use-cases/record-audit-event-batch/record-audit-event-batch.http.controller.js';
import { RecordAuditEventHandler } from './use-cases/record-audit-event/record-audit-event.handler.js';
import { RecordAuditEventHttpController } from './use-cases/record-audit-event/record-audit-event.http.controller.js';
import { StorageModule } from './platform/storage/storage.module.js';
import { VerifyAuditEventHandler } from './use-cases/verify-audit-event/verify-audit-event.handler.js';
import { VerifyAuditEventHttpController } from './use-cases/verify-audit-event/verify-audit-event.http.controller.js';
import { VerifyLedgerHandler } from './use-cases/verify-ledger/verify-ledger.handler.js';
import { VerifyLedgerHttpController } from './use-cases/verify-ledger/verify-ledger.http.controller.js';
import { ListValidationsHandler } from './use-cases/list-validations/list-validations.handler.js';
import { ListValidationsHttpController } from './use-cases/list-validations/list-validations.http.controller.js';
import { GetValidationHandler } from './use-cases/get-validation/get-validation.handler.js';
import { GetValidationHttpController } from './use-cases/get-validation/get-validation.http.controller.js';
import { GetValidationContextHandler } from './use-cases/get-validation-context/get-validation-context.handler.js';
import { GetValidationContextHttpController } from './use-cases/get-validation-context/get-validation-context.http.controller.js';

/** The ledger service: one controller + handler pair per use case, over the storage and platform modules. */
@Module({
  imports: [CqrsModule.forRoot(), StorageModule],
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
export class AppModule {
  /** The service over the configuration main.ts loaded. */
  static forRoot(config: LedgerConfig): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot(config)] };
  }
}
