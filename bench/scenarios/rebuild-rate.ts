import { openLedgerStorage } from '#ledger-storage';
import { LEDGER_PROJECTION_CATALOG, rebuildProjections } from '#read-models';

const PAGE = 5000;

export interface RebuildRate {
  events: number;
  rebuildEventsPerSecond: number;
  rebuildSeconds: number;
  /** Reading the whole log through the store port (pages of 5000, parsed), the rebuild's own read path. */
  rawReadEventsPerSecond: number;
}

/**
 * On a stopped service's data directory: the raw read rate of the log, then a rebuild of every
 * projection (one pass over the log, as `npm run ledger -- projections rebuild` does).
 */
export async function measureRebuild(dataDir: string): Promise<RebuildRate> {
  const { store, readStore, close } = await openLedgerStorage({ dataDir, store: 'sqlite', eventStoreConnectionString: undefined }, { kind: 'direct' });
  try {
    let position = 0;
    let events = 0;
    const readStarted = performance.now();
    for (;;) {
      const page = await store.readAll({ afterPosition: position, maxCount: PAGE });
      if (page.length === 0) break;
      events += page.length;
      position = page[page.length - 1]!.position;
    }
    const rawReadEventsPerSecond = events / ((performance.now() - readStarted) / 1000);
    const [result] = await rebuildProjections({ store, readStore, entries: LEDGER_PROJECTION_CATALOG, pageSize: PAGE });
    return { events: result!.events, rebuildSeconds: result!.seconds, rebuildEventsPerSecond: result!.events / result!.seconds, rawReadEventsPerSecond };
  } finally {
    await close();
  }
}
