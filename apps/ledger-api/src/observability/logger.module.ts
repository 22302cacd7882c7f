import { LoggerModule } from 'nestjs-pino';
import { LedgerConfig, loadLedgerConfig } from '../config/index.js';
import { requestIdOf } from '../request-id/request-id.js';

/** JSON logs (pino) carrying the request id on every line; API keys never logged. */
export const LedgerLoggerModule = LoggerModule.forRootAsync({
  useFactory: () => {
    const config: LedgerConfig = loadLedgerConfig();
    return {
      pinoHttp: {
        level: config.logLevel,
        genReqId: (req) => requestIdOf(req),
        customAttributeKeys: { reqId: 'requestId' },
        redact: { paths: ['req.headers["x-api-key"]', 'req.headers.authorization'], censor: '[redacted]' },
        autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/readyz' },
      },
    };
  },
});
