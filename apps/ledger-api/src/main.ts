import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { ConfigError, loadLedgerConfig } from './config/index.js';
import { configureLedgerApp, createFastifyAdapter } from './http-platform/index.js';

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
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, createFastifyAdapter(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  configureLedgerApp(app, config);
  await app.listen(config.port, config.host);
  app.get(Logger).log(`ledger-api listening on http://${config.host}:${config.port}`);
}

await bootstrap();
