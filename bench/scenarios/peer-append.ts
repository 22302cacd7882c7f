import { emmettAppendRate } from '../ceilings/emmett-append.js';
import { fmt, type BenchLine } from '../support/results-table.js';
import { BATCH_CONNECTIONS, BATCH_SIZE } from './batch-post.js';
import { writeCoreAppendRate } from './write-core-append.js';

const WARM_UP_EVENTS = 10_000;

/**
 * The peer lines: the same `total` sample events appended in-process, no HTTP, through our write
 * core (at the HTTP batch line's concurrency, and by one submitter) and through emmett-sqlite's
 * event store (one submitter: all it supports), after a discarded warm-up of each. Ratio = ours ÷ emmett. Run while the service is
 * stopped, so that neither competes with it for the cores.
 */
export async function peerAppendLines(total: number, log: (message: string) => void): Promise<BenchLine[]> {
  log(`in-process appends of ${fmt(total)} events, ${BATCH_SIZE}/batch: our write core at c=${BATCH_CONNECTIONS} and c=1, then emmett-sqlite at c=1`);
  // Warm-up, discarded (as the load lines' 2 s): both peers then run JIT-compiled code from their first timed event.
  await writeCoreAppendRate(Math.min(total, WARM_UP_EVENTS), BATCH_CONNECTIONS);
  await emmettAppendRate(Math.min(total, WARM_UP_EVENTS));
  const concurrent = await writeCoreAppendRate(total, BATCH_CONNECTIONS);
  const single = await writeCoreAppendRate(total, 1);
  const emmett = await emmettAppendRate(total);
  const ours = 'our write core in-process (LedgerAppendQueue on the SQLite store: normalize, lifecycle decisions, seal + hash chain, group commit; WAL, synchronous=FULL; no HTTP, DTO validation or projector)';
  const peer =
    `emmett-sqlite 0.38.5 getSQLiteEventStore().appendToStream, same events, one stream, c=1 (concurrent appends fail), ` +
    `journal_mode=${emmett.journalMode}, synchronous=${emmett.synchronous} (default; emmett sets WAL only), new connection per append, no hashing, SQLite ${emmett.sqliteVersion}: ` +
    `${fmt(emmett.eventsPerSecond)} ev/s`;
  return [
    {
      measurement: `peer: ${ours}, ${fmt(total)} events, ${BATCH_SIZE}/batch, one stream per ledger, c=1`,
      result: `${fmt(single.eventsPerSecond)} ev/s`,
      ceiling: peer,
      ratioPercent: (100 * single.eventsPerSecond) / emmett.eventsPerSecond,
      target: '—',
    },
    {
      measurement: `peer: the same through our write core at c=${BATCH_CONNECTIONS} (as the HTTP batch line)`,
      result: `${fmt(concurrent.eventsPerSecond)} ev/s`,
      ceiling: `emmett-sqlite as above, c=1: ${fmt(emmett.eventsPerSecond)} ev/s`,
      ratioPercent: (100 * concurrent.eventsPerSecond) / emmett.eventsPerSecond,
      target: '—',
    },
  ];
}
