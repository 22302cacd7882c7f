import type { ModuleMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { ApiKeyGuard, ApiKeyRegistry } from '../../auth/index.js';
import { LedgerConfig, type Scope } from '../../config/index.js';
import { createLedgerLog, NestPinoLogger } from '../../observability/ledger-log.js';
import { configureLedgerApp } from '../configure-ledger-app.js';
import { createFastifyAdapter } from '../create-fastify-adapter.js';
import { httpRequest, type TestRequest, type TestResponse } from './http-client.js';

/** Clear API keys that test apps accept, by what they may do: ledger `acme`'s, and an operator's. */
export const TEST_KEYS = {
  admin: 'test-key-admin-0000000000',
  reader: 'test-key-reader-000000000',
  writer: 'test-key-writer-000000000',
  operator: 'test-key-operator-0000000',
} as const;
const SCOPES_OF: Record<keyof typeof TEST_KEYS, Scope[]> = {
  admin: ['audit:write', 'audit:read', 'ledger:admin'],
  reader: ['audit:read'],
  writer: ['audit:write'],
  operator: ['ops:admin'],
};

export interface PlatformTestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  request(method: string, path: string, request?: TestRequest): Promise<TestResponse>;
  /** Every JSON log line written so far. */
  logLines(): Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * A real Nest application on Fastify, set up exactly as main.ts does (adapter, configureLedgerApp,
 * the global API-key guard), around the given controllers and providers, listening on a free
 * loopback port; logs are captured as JSON lines.
 */
export async function startPlatformTestApp(metadata: ModuleMetadata, overrides: Partial<LedgerConfig> = {}): Promise<PlatformTestApp> {
  const config = Object.assign(new LedgerConfig(), { logLevel: 'info' }, overrides);
  config.apiKeys ??= Object.entries(TEST_KEYS).map(([name, key]) => ({
    keySha256: createHash('sha256').update(key).digest('hex'),
    ledgerId: name === 'operator' ? '*' : 'acme',
    scopes: SCOPES_OF[name as keyof typeof TEST_KEYS],
  }));
  let written = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  const log = createLedgerLog(config.logLevel, destination);
  const moduleRef = await Test.createTestingModule({
    imports: metadata.imports ?? [],
    controllers: metadata.controllers ?? [],
    providers: [
      { provide: LedgerConfig, useValue: config },
      { provide: ApiKeyRegistry, useValue: new ApiKeyRegistry(config.apiKeys) },
      { provide: APP_GUARD, useClass: ApiKeyGuard },
      ...(metadata.providers ?? []),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(config, log), { logger: new NestPinoLogger(log), abortOnError: false });
  await configureLedgerApp(app, config, { swaggerUi: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    request: (method, path, request) => httpRequest(baseUrl, method, path, request),
    logLines: () => written.split('\n').filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>),
    close: () => app.close(),
  };
}
