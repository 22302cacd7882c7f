import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

export const OPENAPI_JSON_PATH = '/v1/openapi.json';
export const SWAGGER_UI_PATH = '/v1/docs';
/** Name of the X-API-Key security scheme in the document (required by every operation). */
export const API_KEY_SECURITY = 'api-key';
/** The same key as `Authorization: Bearer <key>` (either scheme satisfies an operation). */
export const BEARER_SECURITY = 'bearer';

export interface OpenApiOptions {
  /**
   * Serve Swagger UI at /v1/docs (default true). Unit specs turn it off: its static-file plugin
   * cannot be loaded by Jest's module loader on Node 20; the end-to-end suite checks the UI.
   */
  ui?: boolean;
}

/**
 * OpenAPI 3 document at /v1/openapi.json and Swagger UI at /v1/docs, generated from the controllers
 * and DTOs; both are public (served outside the controllers, so the API-key guard does not apply).
 * An API key is required globally, as X-API-Key or as Authorization: Bearer (either requirement satisfies). Call after the app is created, before listen.
 */
export function setupOpenApi(app: NestFastifyApplication, options: OpenApiOptions = {}): void {
  const config = new DocumentBuilder()
    .setTitle('Audit ledger')
    .setDescription('Append-only, hash-chained audit ledger. Every record is hashed per docs/INTEGRITY.md (RFC 8785 + SHA-256).')
    .setVersion('1')
    .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, API_KEY_SECURITY)
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The same API key, as Authorization: Bearer <key>' }, BEARER_SECURITY)
    .addSecurityRequirements(API_KEY_SECURITY)
    .addSecurityRequirements(BEARER_SECURITY)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup(SWAGGER_UI_PATH.slice(1), app, document, {
    jsonDocumentUrl: OPENAPI_JSON_PATH.slice(1),
    raw: ['json'],
    ui: options.ui ?? true,
  });
}
