import pino, { type DestinationStream, type Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '../config/index.js';

/**
 * The service's one pino logger: JSON lines (to stdout unless `destination` is given), API keys
 * redacted. Fastify logs each request with it (labelled `requestId`), and Nest's own messages go
 * through {@link NestPinoLogger}.
 */
export function createLedgerLog(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: ['req.headers["x-api-key"]', 'req.headers.authorization', 'headers["x-api-key"]'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's LoggerService over pino: startup, lifecycle and error messages as JSON lines. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly pinoLog: Logger) {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.write('error', message, context, trace);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, context?: string, trace?: string): void {
    // Structured messages ({requestId, err}) keep their members; strings become msg.
    if (typeof message === 'object' && message !== null) this.pinoLog[level]({ context, ...(message as object), ...(trace ? { trace } : {}) });
    else this.pinoLog[level]({ context, ...(trace ? { trace } : {}) }, String(message));
  }
}
