import { ValidationPipe } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LedgerConfig } from '../config/index.js';
import { logRequests } from '../observability/request-log.js';
import { setupOpenApi } from '../openapi/setup-openapi.js';
import { ProblemDetailsFilter, validationExceptionFactory } from '../problem-details/index.js';
import { echoRequestIdHeader } from '../request-id/index.js';
import { installClosingGate } from './closing-gate.js';
import { compressResponses } from './compress-responses.js';
import { RouteMethods } from './method-not-allowed.js';

export interface LedgerAppOptions {
  /** Serve Swagger UI at /v1/docs (default true; see OpenApiOptions.ui). */
  swaggerUi?: boolean;
}

/** The global ValidationPipe: unknown members are refused (400 with field paths), DTOs are instantiated. */
export function createLedgerValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: validationExceptionFactory,
  });
}

/**
 * Everything global about the HTTP surface, on an app created with createFastifyAdapter and not yet
 * initialised: validation, problem+json for every error (including those Fastify raises before a
 * route runs, unknown routes, and 405 with Allow for a known path asked with another method),
 * X-Request-Id on every response, one log line per request, br/gzip compression of large answers,
 * OpenAPI docs, and the gate that refuses new requests once shutdown begins. Signals are main.ts's
 * job (it calls `beginClosing`, then `app.close()`), so enableShutdownHooks is not used.
 */
export async function configureLedgerApp(app: NestFastifyApplication, _config: LedgerConfig, options: LedgerAppOptions = {}): Promise<{ beginClosing: () => void }> {
  const fastify = app.getHttpAdapter().getInstance();
  const beginClosing = installClosingGate(fastify);
  const routes = RouteMethods.track(fastify);
  logRequests(fastify);
  echoRequestIdHeader(fastify);
  // Loaded now, before Nest adds the routes: a hook added after a route does not apply to it.
  await compressResponses(fastify);
  app.useGlobalPipes(createLedgerValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter((path) => routes.allowedAt(path)));
  setupOpenApi(app, { ui: options.swaggerUi ?? true });
  return { beginClosing };
}
