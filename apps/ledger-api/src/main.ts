import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { ConfigError, loadLedgerConfig } from './platform/config/index.js';
import { configureLedgerApp, createFastifyAdapter } from './platform/http-platform/index.js';
import { createLedgerLog, NestPinoLogger } from './platform/observability/index.js';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadLedgerConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`ledger-api: invalid configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLedgerLog(config.logLevel);
  const logger = new NestPinoLogger(log);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(config, log), { logger });
  const { beginClosing } = configureLedgerApp(app, config);
  await app.listen(config.port, config.host);
  logger.log(`ledger-api listening on http://${config.host}:${config.port}`, 'Main');
  // Printed (not only logged) so a newcomer sees where to go whatever LOG_LEVEL says; beside the key printed at first start.
  process.stdout.write(`Auditor console: ${consoleUrl(config.host, config.port)} (sign in with an API key and the verifier key)\n`);
  closeOnSignals(app, beginClosing, logger);
}

/** The console's URL as a browser on this machine reaches it (a wildcard bind is reached at localhost). */
function consoleUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachable}:${port}/console`;
}

/**
 * SIGTERM/SIGINT: stop taking requests, let in-flight appends commit (LedgerLifecycle), close the
 * stores, exit 0. (Nest's enableShutdownHooks re-raises the signal instead, so the exit status
 * would say "killed" after a clean shutdown.) A second signal exits at once.
 */
function closeOnSignals(app: NestFastifyApplication, beginClosing: () => void, logger: NestPinoLogger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.log(`received ${signal}: shutting down`, 'Main');
    beginClosing();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`ledger-api: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

await bootstrap();
