import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { LedgerConfig } from './platform/config/index.js';
import { ConsoleModule } from './platform/console/console.module.js';
import { HealthHttpController, IntegrityReadinessCheck, ProjectorReadinessCheck, provideReadinessChecks, StoreReadinessCheck } from './platform/health/index.js';
import { IntegrityScrubModule } from './platform/integrity-scrub/integrity-scrub.module.js';
import { AcknowledgedMarksReadinessCheck } from './platform/ledger-writer/acknowledged-marks-readiness.check.js';
import { LedgerWriterModule } from './platform/ledger-writer/ledger-writer.module.js';
import { MetricsHttpController } from './platform/observability/index.js';
import { PlatformModule } from './platform/platform.module.js';
import { ReadYourWritesBarrier } from './platform/read-your-writes/read-your-writes.barrier.js';
import { ReadYourWritesGuard } from './platform/read-your-writes/read-your-writes.guard.js';
import { LedgerLifecycle } from './platform/shutdown/ledger-lifecycle.js';
import { ShutdownReadinessCheck } from './platform/shutdown/shutdown-readiness.check.js';
import { StorageModule } from './platform/storage/storage.module.js';
import { CheckpointReadinessCheck } from './platform/transparency-log/checkpoint-readiness.check.js';
import { TransparencyLogModule } from './platform/transparency-log/transparency-log.module.js';
import { AdminModule } from './use-cases/admin.module.js';
import { AuditEventsModule } from './use-cases/audit-events.module.js';
import { LedgerModule } from './use-cases/ledger.module.js';
import { LifecyclesModule } from './use-cases/lifecycles.module.js';
import { TransparencyLogUseCasesModule } from './use-cases/transparency-log.module.js';
import { ValidationsModule } from './use-cases/validations.module.js';

/**
 * The ledger service: one feature module per area of the API (each lists its use cases'
 * controllers and handlers), over the platform, storage and writer modules.
 */
@Module({
  imports: [
    CqrsModule.forRoot(),
    StorageModule,
    LedgerWriterModule,
    TransparencyLogModule,
    IntegrityScrubModule,
    TransparencyLogUseCasesModule,
    AuditEventsModule,
    LedgerModule,
    LifecyclesModule,
    ValidationsModule,
    AdminModule,
    ConsoleModule,
  ],
  controllers: [HealthHttpController, MetricsHttpController],
  providers: [
    ReadYourWritesBarrier,
    { provide: APP_GUARD, useClass: ReadYourWritesGuard },
    LedgerLifecycle,
    ...provideReadinessChecks(StoreReadinessCheck, ProjectorReadinessCheck, CheckpointReadinessCheck, AcknowledgedMarksReadinessCheck, IntegrityReadinessCheck, ShutdownReadinessCheck),
  ],
})
export class AppModule {
  /** The service over the configuration main.ts loaded. */
  static forRoot(config: LedgerConfig): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot(config)] };
  }
}
