import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard, ApiKeyRegistry, createApiKeyRegistry } from './auth/index.js';
import { LedgerConfig } from './config/index.js';
import { LedgerMetrics } from './observability/index.js';

/** Configuration, API keys and the global guard, and metrics. */
@Global()
@Module({
  providers: [
    {
      provide: ApiKeyRegistry,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) =>
        createApiKeyRegistry(config, { print: (text) => process.stdout.write(text), log: (message) => new Logger('ApiKeys').log(message) }),
    },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
    { provide: LedgerMetrics, useFactory: () => new LedgerMetrics() },
  ],
  exports: [LedgerConfig, ApiKeyRegistry, LedgerMetrics],
})
export class PlatformModule {
  /** The configuration main.ts loaded and validated, once. */
  static forRoot(config: LedgerConfig): DynamicModule {
    return { module: PlatformModule, providers: [{ provide: LedgerConfig, useValue: config }], exports: [LedgerConfig] };
  }
}
