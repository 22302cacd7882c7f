import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_TYPES_FILE, openApiTypes } from './openapi-types.js';

/**
 * The document of the app's modules, from Nest's preview mode: no provider is instantiated, so
 * nothing is opened, created or listened on (no store, no keys, no port).
 */
async function documentOfTheApp(): Promise<OpenAPIObject> {
  // Loaded only here: with --document the app is not needed, and loading it is most of the run.
  await import('reflect-metadata');
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../../app.module.js');
  const { loadLedgerConfig } = await import('../config/index.js');
  const { createFastifyAdapter } = await import('../http-platform/create-fastify-adapter.js');
  const { createLedgerLog } = await import('../observability/ledger-log.js');
  const { createLedgerOpenApiDocument } = await import('./ledger-openapi-document.js');
  const config = loadLedgerConfig({});
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), createFastifyAdapter(config, createLedgerLog('silent')), {
    preview: true,
    logger: false,
  });
  const document = createLedgerOpenApiDocument(app);
  await app.close();
  return document;
}

/**
 * `npm run openapi:types`: writes the client types of the app's OpenAPI document to
 * OPENAPI_TYPES_FILE. `--document <file>` takes the document from a file instead (the contract
 * e2e suite passes the one a running service served), `--out <file>` writes elsewhere.
 */
async function writeOpenApiTypes(): Promise<void> {
  const { values } = parseArgs({ options: { document: { type: 'string' }, out: { type: 'string' } } });
  const document: object = values.document ? (JSON.parse(readFileSync(values.document, 'utf8')) as object) : await documentOfTheApp();
  const out = values.out ?? OPENAPI_TYPES_FILE;
  writeFileSync(out, await openApiTypes(document));
  process.stdout.write(`wrote ${out}\n`);
}

await writeOpenApiTypes();
