import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { toLedgerStreamName } from '#ledger-domain';
import { openLedgerStorage, type StorageOptions } from '#ledger-storage';
import { LedgerScrubber } from '#read-models';
import { EXIT_STATUS, processIo, type CliIo } from './cli-io.js';
import { reportCommandFailure } from './command-failure.js';
import { ProgressLine } from './progress-line.js';
import { CliUsageError } from './cli-usage-error.js';

export const SCRUB_USAGE = `usage: ledger scrub [--ledger <id> ...]
  walks every ledger's log (or the named ones) from the start, at full speed, and compares each record
  with itself, its store envelope and the read models' copies; uses LEDGER_DATA_DIR, LEDGER_STORE and
  EVENTSTORE_CONNECTION_STRING as the service does. Exit 0: no violation, 1: violations (listed), 2: usage or I/O error.`;

/**
 * `scrub`: the service's scrubber (LedgerScrubber) run once, in this process, over every ledger
 * the read models know of (or those named by --ledger). Each violation is printed on stdout and
 * recorded with the service's findings (GET /v1/admin/integrity); safe while the service runs.
 * @returns 0 no violation, 1 violations, 2 usage or I/O error.
 */
export async function runScrubCommand(args: readonly string[], storage: StorageOptions, io: CliIo = processIo): Promise<number> {
  try {
    const ledgers = parseLedgers(args);
    const { store, readStore, close } = await openLedgerStorage(storage, { kind: 'direct' });
    try {
      const progress = new ProgressLine(io.stderr);
      let total = 0;
      let started = performance.now();
      const scrubber = new LedgerScrubber(store, readStore, {
        onViolations: (violations) => {
          for (const v of violations) io.stdout.write(`ledger ${v.ledgerId} sequence ${v.sequence} ${v.kind}: ${v.detail}\n`);
        },
        onProgress: (ledgerId, next) => progress.update(`scrubbing ${ledgerId}`, next, Math.max(total, next), next / Math.max((performance.now() - started) / 1000, 1e-3)),
      });
      let violations = 0;
      for (const ledgerId of ledgers.length > 0 ? ledgers : scrubber.ledgerIds()) {
        const [last] = await store.readStream(toLedgerStreamName(ledgerId), { direction: 'backwards', fromRevision: 'end', maxCount: 1 });
        total = last ? last.revision + 1 : 0;
        started = performance.now();
        const result = await scrubber.scrub(ledgerId, { resume: false });
        const seconds = (performance.now() - started) / 1000;
        const rate = Math.round(result.checked / Math.max(seconds, 1e-3)).toLocaleString('en-US');
        progress.finish(`ledger ${ledgerId}: ${result.checked.toLocaleString('en-US')} records scrubbed in ${seconds.toFixed(1)} s (${rate} records/s), ${result.violations} violations`);
        violations += result.violations;
      }
      io.stdout.write(violations === 0 ? 'no integrity violation found\n' : `${violations} integrity violations found\n`);
      return violations === 0 ? EXIT_STATUS.verified : EXIT_STATUS.notVerified;
    } finally {
      await close();
    }
  } catch (error) {
    return reportCommandFailure(error, io, 'scrub', SCRUB_USAGE);
  }
}

function parseLedgers(args: readonly string[]): string[] {
  try {
    const { values } = parseArgs({ args: [...args], options: { ledger: { type: 'string', multiple: true } }, strict: true, allowPositionals: false });
    return values.ledger ?? [];
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}
