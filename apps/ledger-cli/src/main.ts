import { readStorageOptions, StorageConfigError } from '#ledger-storage';
import { runExportCommand } from './export.command.js';
import { CliUsageError, rebuildProjections } from './rebuild-projections.command.js';
import { runRecoverCommand } from './recover.command.js';
import { runScrubCommand } from './scrub.command.js';
import { runTlogConsistencyCommand } from './tlog-consistency.command.js';
import { runVerifyCommand } from './verify.command.js';

const USAGE = `usage: npm run ledger -- <command>

  projections rebuild [name ...]   rebuild read models (all when no name is given) from the log into
                                   new tables, then swap them in; safe while the service runs
  export --url <base url> --api-key <key> --out <dir>
                                   download the latest signed checkpoint and the records it covers:
                                   <dir>/checkpoint.txt and <dir>/records.ndjson
  verify --records <records.ndjson> --checkpoint <checkpoint.txt> --verifier-key <vkey | @file>
                                   offline: check every record's hash and link, and that records
                                   1..<checkpoint size> have the Merkle root the pinned key signed
  tlog consistency --url <base url> --api-key <key> --old <checkpoint file> --verifier-key <vkey | @file> [--save <file>]
                                   check that the log only grew since the checkpoint you kept
                                   (catches a rewritten or truncated history)

export, verify and tlog exit with 0 (verified), 1 (not verified: the reason is printed) or 2 (usage or
I/O error); the API key needs the audit:read scope.

projections rebuild takes the data directory and the store from the service's configuration
(LEDGER_DATA_DIR, LEDGER_STORE, EVENTSTORE_CONNECTION_STRING).`;

/** The operator CLI over the service's libs: `npm run ledger -- <command>`. */
async function main(argv: readonly string[]): Promise<number> {
  const [group, command, ...rest] = argv;
  if (group === 'export') return runExportCommand(argv.slice(1));
  if (group === 'verify') return runVerifyCommand(argv.slice(1));
  if (group === 'recover') return runRecoverCommand(argv.slice(1), readStorageOptions(process.env));
  if (group === 'scrub') return runScrubCommand(argv.slice(1), readStorageOptions(process.env));
  if (group === 'tlog' && command === 'consistency') return runTlogConsistencyCommand(rest);
  if (group === 'projections' && command === 'rebuild') {
    await rebuildProjections(readStorageOptions(process.env), rest);
    return 0;
  }
  if (group === undefined || group === 'help' || group === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return group === undefined ? 2 : 0;
  }
  throw new CliUsageError(`unknown command: ${argv.join(' ')}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliUsageError || error instanceof StorageConfigError) {
    process.stderr.write(`ledger: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`ledger: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
