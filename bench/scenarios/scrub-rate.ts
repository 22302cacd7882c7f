import { join } from 'node:path';
import { openLedgerStorage } from '#ledger-storage';
import { LedgerScrubber, SERVICE_SCRUB_PACING, WorkerIntegrityScrubber } from '#read-models';
import { BENCH_LEDGER } from '../support/bench-api.js';
import type { LoadResult } from '../support/load-test.js';
import { batchPostLoad } from './batch-post.js';

export interface AppendsBesideScrubber {
  without: LoadResult;
  with: LoadResult;
  /** Full walks of the bench ledger the scrubber finished during the `with` phase. */
  walks: number;
  /** Violations it reported (0 on an untampered ledger). */
  violations: number;
}

/**
 * Batch appends to the running service without, then with, a scrubber walking the same data
 * directory: the service's own scrubber worker (WorkerIntegrityScrubber) at the service's pace,
 * re-walking as soon as a walk ends. The service itself runs with LEDGER_SCRUB_INTERVAL_MS=0, so
 * that its scrubber walks in no other line of the bench.
 */
export async function appendsBesideScrubber(url: string, dataDir: string, seconds: number): Promise<AppendsBesideScrubber> {
  const without = await batchPostLoad(url, seconds);
  let walks = 0;
  let violations = 0;
  const scrubber = new WorkerIntegrityScrubber(
    { eventStore: { kind: 'sqlite', filename: join(dataDir, 'events.db') }, readModelsFile: join(dataDir, 'read-models.db'), intervalMs: 100, ...SERVICE_SCRUB_PACING },
    {
      onWalked: () => void walks++,
      onViolations: (found) => void (violations += found.length),
      onFailure: (message) => process.stderr.write(`[bench] scrubber: ${message}\n`),
    },
  );
  scrubber.start();
  try {
    const withScrubber = await batchPostLoad(url, seconds);
    return { without, with: withScrubber, walks, violations };
  } finally {
    await scrubber.stop();
  }
}

/** One walk of the bench ledger from the start at full speed (as `npm run ledger -- scrub` does), on a stopped service's data. */
export async function fullSpeedScrubRate(dataDir: string): Promise<{ records: number; eventsPerSecond: number; violations: number }> {
  const { store, readStore, close } = await openLedgerStorage({ dataDir, store: 'sqlite', eventStoreConnectionString: undefined }, { kind: 'direct' });
  try {
    const started = performance.now();
    const result = await new LedgerScrubber(store, readStore).scrub(BENCH_LEDGER, { resume: false });
    return { records: result.checked, eventsPerSecond: result.checked / ((performance.now() - started) / 1000), violations: result.violations };
  } finally {
    await close();
  }
}
