import { ValidationPipe } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LedgerConfig } from '../config/index.js';
import { setupOpenApi } from '../openapi/setup-openapi.js';
import { installClosingGate } from './closing-gate.js';
import { logRequests } from '../observability/request-log.js';
import { ProblemDetailsFilter, validationExceptionFactory } from '../problem-details/index.js';

/**
 * Everything global about the HTTP surface: validation, problem+json for every error (including
 * those Fastify raises before a route runs, and unknown routes), X-Request-Id on every response,
 * OpenAPI docs, and the gate that refuses new requests once shutdown begins (main.ts closes).
 */
export function configureLedgerApp(app: NestFastifyApplication, _config: LedgerConfig): { beginClosing: () => void } {
  const fastify = app.getHttpAdapter().getInstance();
  const beginClosing = installClosingGate(fastify);
  logRequests(fastify);
  fastify.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', request.id);
    return payload;
  });
  // Only JSON bodies are accepted: anything else is a 415, not a string the DTO then rejects.
  fastify.removeContentTypeParser('text/plain');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  setupOpenApi(app);
  return { beginClosing };
}
