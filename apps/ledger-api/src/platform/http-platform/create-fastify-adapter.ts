import { FastifyAdapter } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import type { LedgerConfig } from '../config/index.js';
import { generateRequestId } from '../request-id/index.js';
import { answerClientError, answerConnect } from './client-error-handler.js';
import { answerFrameworkError } from './framework-error-handler.js';
import { parseJsonBody } from './json-body/parse-json-body.js';

/**
 * Accepts request bodies only as JSON (any charset), parsed strictly (parseJsonBody: UTF-8 only, no
 * repeated member names): Fastify's text/plain parser and the form parser Nest adds are removed, so
 * such bodies get 415 instead of reaching a DTO as something else.
 */
export class JsonOnlyFastifyAdapter extends FastifyAdapter {
  override registerParserMiddleware(prefix?: string, rawBody?: boolean): void {
    // Registered first, so Nest's default JSON parser (which decodes bad bytes as U+FFFD) is not.
    this.useBodyParser('application/json', rawBody === true, { bodyLimit: this.getInstance().initialConfig.bodyLimit }, (_request, body, done) => {
      let value: unknown;
      try {
        value = parseJsonBody(body);
      } catch (error) {
        done(error as Error, undefined);
        return;
      }
      done(null, value);
    });
    super.registerParserMiddleware(prefix, rawBody);
    const fastify = this.getInstance();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      if (fastify.hasContentTypeParser(type)) fastify.removeContentTypeParser(type);
    }
  }
}

/**
 * Fastify as the service runs it: the service's pino logger (request lines labelled `requestId`),
 * body limit from config (larger bodies → 413), the request timeout (408), request ids from X-Request-Id or fresh UUIDs,
 * no proxy trust, JSON bodies only. Pass to NestFactory.create, then call configureLedgerApp.
 */
export function createFastifyAdapter(config: LedgerConfig, log: Logger): FastifyAdapter {
  const adapter = new JsonOnlyFastifyAdapter({
    loggerInstance: log,
    // Request lines come from logRequests (one per request); every request's log lines carry `requestId`.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    trustProxy: false,
    // Refuse prototype-poisoning keys in JSON bodies instead of silently dropping them.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // While closing, requests still go through the app, so a refusal is problem+json, not Fastify's own 503 body.
    return503OnClosing: false,
    clientErrorHandler: answerClientError,
    frameworkErrors: answerFrameworkError,
    // Path parameters (rule, limit, transaction ids) may be 256 characters, percent-encoded up to 12 bytes each.
    routerOptions: { maxParamLength: 3072 },
    // Headers and body must both arrive within the timeout (else 408 from answerClientError). Node
    // only looks at its connections every connectionsCheckingInterval (30 s by default, which made a
    // 60 s headers timeout fire after up to 90 s), so it looks at least four times per timeout.
    requestTimeout: config.requestTimeoutMs,
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, Math.ceil(config.requestTimeoutMs / 4)),
    },
  });
  // Node hands CONNECT to 'connect' listeners and closes the socket when there are none.
  adapter.getInstance().server.on('connect', answerConnect);
  return adapter;
}
