import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard, ApiKeyRegistry, ensureDevelopmentKey } from './auth/index.js';
import { LedgerConfig } from './config/index.js';
import { LedgerMetrics } from './observability/index.js';

/** Configuration, API keys and the global guard, and metrics. */
@Global()
@Module({
  providers: [
    {
      provide: ApiKeyRegistry,
      inject: [LedgerConfig],
      useFactory: (config: LedgerConfig) => {
        if (config.apiKeys) return new ApiKeyRegistry(config.apiKeys);
        const { config: key, newKey } = ensureDevelopmentKey(config.dataDir);
        const log = new Logger('ApiKeys');
        if (newKey) {
          // Printed once, on the first start only; only its hash is stored.
          process.stdout.write(
            `\nDevelopment API key for ledger 'default' (all scopes), shown only now:\n\n  ${newKey}\n\n` +
              `Set LEDGER_API_KEYS for real deployments.\n\n`,
          );
        } else {
          log.log(`using the development key of ledger 'default' stored in ${config.dataDir} (set LEDGER_API_KEYS for real keys)`);
        }
        return new ApiKeyRegistry([key]);
      },
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
