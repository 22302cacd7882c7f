import { readStorageOptions, StorageConfigError } from '#ledger-storage';
import { CliUsageError, rebuildProjections } from './rebuild-projections.command.js';

const USAGE = `usage: npm run ledger -- projections rebuild [name ...]

  projections rebuild [name ...]   rebuild read models (all when no name is given) from the log into
                                   new tables, then swap them in; safe while the service runs

The data directory and the store come from the service's configuration (LEDGER_DATA_DIR, LEDGER_STORE,
EVENTSTORE_CONNECTION_STRING).`;

/** The operator CLI over the service's libs: `npm run ledger -- <command>`. */
async function main(argv: readonly string[]): Promise<number> {
  const [group, command, ...rest] = argv;
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
