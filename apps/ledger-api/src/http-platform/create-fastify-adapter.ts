import { FastifyAdapter } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import type { Logger } from 'pino';
import type { LedgerConfig } from '../config/index.js';
import { generateRequestId } from '../request-id/request-id.js';

/** Fastify as the service runs it: the service's logger, body limit from config, request ids, no proxy trust. */
export function createFastifyAdapter(config: LedgerConfig, log: Logger): FastifyAdapter {
  return new FastifyAdapter({
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
  });
}
