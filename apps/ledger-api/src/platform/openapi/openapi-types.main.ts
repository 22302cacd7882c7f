import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../../app.module.js';
import { loadLedgerConfig } from '../config/index.js';
import { createFastifyAdapter } from '../http-platform/create-fastify-adapter.js';
import { createLedgerLog } from '../observability/ledger-log.js';
import { createLedgerOpenApiDocument } from './ledger-openapi-document.js';
import { OPENAPI_TYPES_FILE, openApiTypes } from './openapi-types.js';

/**
 * The document of the app's modules, from Nest's preview mode: no provider is instantiated, so
 * nothing is opened, created or listened on (no store, no keys, no port).
 */
async function documentOfTheApp(): Promise<OpenAPIObject> {
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
