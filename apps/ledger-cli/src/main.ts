import { EXIT_STATUS } from './cli-io.js';
import { runLedgerCli } from './run-ledger-cli.js';

/** The operator CLI over the service's libs: `ledger <command>` (`npm run ledger -- <command>` in a checkout). */
try {
  process.exitCode = await runLedgerCli(process.argv.slice(2));
} catch (error) {
  // Commands report their own errors: this is a bug in one. Still no verdict, and no stack trace for the operator.
  process.stderr.write(`ledger: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = EXIT_STATUS.usageOrIoError;
}
