import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LedgerLifecycle } from './ledger-lifecycle.js';

/**
 * SIGTERM (an orchestrator): drain (not ready, still serving for LEDGER_SHUTDOWN_DRAIN_MS), then
 * refuse new requests and close the listener while requests in flight are answered (the closing
 * gate), let every accepted append commit and close the stores (LedgerLifecycle), exit 0. SIGINT
 * (Ctrl-C at a terminal) does the same without the drain: nothing routes traffic by readiness there.
 * (Nest's enableShutdownHooks re-raises the signal instead, so the exit status would say "killed"
 * after a clean shutdown.) A second signal exits at once, with 1.
 */
export function closeOnSignals(app: NestFastifyApplication, beginClosing: () => void, logger: LoggerService): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    logger.log(`received ${signal}: shutting down`, 'Main');
    shutDown(app, beginClosing, signal === 'SIGTERM')
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`ledger-api: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function shutDown(app: NestFastifyApplication, beginClosing: () => void, drain: boolean): Promise<void> {
  if (drain) await app.get(LedgerLifecycle).drainTraffic();
  beginClosing();
  await app.close();
}
