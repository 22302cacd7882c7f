import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { LedgerConfig, loadLedgerConfig } from '../config/index.js';
import { requestIdOf } from '../request-id/request-id.js';

/** JSON logs (pino) carrying the request id on every line; API keys never logged. */
export const LedgerLoggerModule = LoggerModule.forRootAsync({
  useFactory: () => {
    const config: LedgerConfig = loadLedgerConfig();
    return {
      // nestjs-pino's default route pattern does not match under Nest 12 + Fastify: name every path.
      forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
      pinoHttp: {
        level: config.logLevel,
        genReqId: (req) => requestIdOf(req),
        customAttributeKeys: { reqId: 'requestId' },
        autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/readyz' },
        redact: { paths: ['req.headers["x-api-key"]', 'req.headers.authorization'], censor: '[redacted]' },
      },
    };
  },
});
