import { openLedgerStorage, type StorageOptions } from '#ledger-storage';
import { LEDGER_PROJECTION_CATALOG, rebuildProjections as rebuildFromLog, type RebuildResult } from '#read-models';
import { ProgressLine } from './progress-line.js';

/**
 * `projections rebuild [name ...]`: rebuilds the named read models (all when none is named) from
 * the log, in one pass over it, into a new generation of their tables, and makes them live. Safe while the service runs: its projector follows
 * the swap within a second, and the old tables go 30 s later (or at the service's next start).
 * @throws CliUsageError for an unknown name; store and file errors as they come.
 */
export async function rebuildProjections(storage: StorageOptions, names: readonly string[]): Promise<RebuildResult[]> {
  const entries = names.length === 0 ? LEDGER_PROJECTION_CATALOG : names.map((name) => {
    const entry = LEDGER_PROJECTION_CATALOG.find((candidate) => candidate.name === name);
    if (!entry) throw new CliUsageError(`there is no projection ${JSON.stringify(name)} (known: ${LEDGER_PROJECTION_CATALOG.map((e) => e.name).join(', ')})`);
    return entry;
  });
  const { store, readStore, close } = await openLedgerStorage(storage, { kind: 'direct' });
  try {
    const progress = new ProgressLine();
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
    for (const result of results) process.stderr.write(`${result.name}: generation ${result.generation} is live\n`);
    return results;
  } finally {
    await close();
  }
}

/** A command line the CLI cannot run: printed with the usage, exit status 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}
