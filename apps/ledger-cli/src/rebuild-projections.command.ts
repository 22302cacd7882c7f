import { openLedgerStorage, readStorageOptions, type StorageOptions } from '#ledger-storage';
import { LEDGER_PROJECTION_CATALOG, rebuildProjections as rebuildFromLog, type RebuildResult } from '#read-models';
import { processIo, type CliIo } from './cli-io.js';
import { parseCommandWords } from './command-arguments.js';
import { reportCommandFailure } from './command-failure.js';
import { CliUsageError } from './cli-usage-error.js';
import { ProgressLine } from './progress-line.js';

/** The read models one can name, from the catalog the service keeps them by. */
const PROJECTION_NAMES = LEDGER_PROJECTION_CATALOG.map((entry) => entry.name);

/** For `ledger --help`: the names are the catalog's, so a new read model shows up by itself. */
export const REBUILD_PROJECTIONS_SUMMARY = `rebuild read models from the log and swap them in (safe while the service runs)\nread models: ${PROJECTION_NAMES.join(', ')}`;

export const REBUILD_PROJECTIONS_USAGE = 'usage: ledger projections rebuild [name ...]';

export const REBUILD_PROJECTIONS_HELP = `${REBUILD_PROJECTIONS_USAGE}

Rebuilds the named read models (all of them when none is named) from the log, in one pass over it,
into a new generation of their tables, then makes them live. Safe while the service runs: its
projector follows the swap within a second, and GET /v1/admin/projections shows the rebuild.

read models: ${PROJECTION_NAMES.join(', ')}

The data directory and the store come from the service's configuration: LEDGER_DATA_DIR,
LEDGER_STORE, EVENTSTORE_CONNECTION_STRING.

exit status: 0 rebuilt and live, 2 usage, configuration or store error (also: a rebuild of it
already runs).`;

/** `projections rebuild [name ...]` as the command table runs it, with the service's storage configuration. */
export async function runRebuildProjectionsCommand(args: readonly string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const names = parseCommandWords(args);
    await rebuildProjections(readStorageOptions(env), names, io);
    return 0;
  } catch (error) {
    return reportCommandFailure(error, io, 'projections rebuild', REBUILD_PROJECTIONS_USAGE);
  }
}

/**
 * Rebuilds the named read models (all when none is named) from the log, in one pass over it, into
 * a new generation of their tables, and makes them live. Safe while the service runs: its projector
 * follows the swap within a second, and the old tables go 30 s later (or at the service's next start).
 * @throws CliUsageError for an unknown name; store and file errors as they come.
 */
export async function rebuildProjections(storage: StorageOptions, names: readonly string[], io: CliIo = processIo): Promise<RebuildResult[]> {
  const entries = names.length === 0 ? LEDGER_PROJECTION_CATALOG : [...new Set(names)].map((name) => {
    const entry = LEDGER_PROJECTION_CATALOG.find((candidate) => candidate.name === name);
    if (!entry) throw new CliUsageError(`there is no projection ${JSON.stringify(name)} (known: ${PROJECTION_NAMES.join(', ')})`);
    return entry;
  });
  const { store, readStore, close } = await openLedgerStorage(storage, { kind: 'direct' });
  try {
    const progress = new ProgressLine(io.stderr);
    const label = `rebuilding ${entries.map((entry) => entry.name).join(', ')}`;
    const results = await rebuildFromLog({
      store,
      readStore,
      entries,
      onProgress: (p) => progress.update(label, p.position, Math.max(p.targetPosition, p.position), p.eventsPerSecond),
    });
    const first = results[0]!;
    const rate = Math.round(first.events / Math.max(first.seconds, 1e-9)).toLocaleString('en-US');
    progress.finish(`${first.events.toLocaleString('en-US')} events in ${first.seconds.toFixed(1)} s (${rate} events/s)`);
    for (const result of results) io.stderr.write(`${result.name}: generation ${result.generation} is live\n`);
    return results;
  } finally {
    await close();
  }
}
