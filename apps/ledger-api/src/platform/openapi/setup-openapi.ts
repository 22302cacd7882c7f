import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { createLedgerOpenApiDocument } from './ledger-openapi-document.js';

export const OPENAPI_JSON_PATH = '/v1/openapi.json';
export const SWAGGER_UI_PATH = '/v1/docs';

export interface OpenApiOptions {
  /**
   * Serve Swagger UI at /v1/docs (default true). Unit specs turn it off: its static-file plugin
   * cannot be loaded by Jest's module loader on Node 20; the end-to-end suite checks the UI.
   */
  ui?: boolean;
}

/**
 * The OpenAPI 3.1 document (createLedgerOpenApiDocument) at /v1/openapi.json and Swagger UI at
 * /v1/docs; both are public (served outside the controllers, so the API-key guard does not apply).
 * Call after the app is created, before listen.
 */
export function setupOpenApi(app: NestFastifyApplication, options: OpenApiOptions = {}): void {
  const document = createLedgerOpenApiDocument(app);
  SwaggerModule.setup(SWAGGER_UI_PATH.slice(1), app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH.slice(1),
    raw: ['json'],
    ui: options.ui ?? true,
  });
}
