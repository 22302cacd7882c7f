import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { ConfigError, loadLedgerConfig } from './platform/config/index.js';
import { configureLedgerApp, createFastifyAdapter } from './platform/http-platform/index.js';
import { createLedgerLog, NestPinoLogger } from './platform/observability/index.js';
import { closeOnSignals } from './platform/shutdown/close-on-signals.js';

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
  const { beginClosing } = await configureLedgerApp(app, config);
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

await bootstrap();
