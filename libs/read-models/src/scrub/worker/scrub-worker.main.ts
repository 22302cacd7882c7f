import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openEventStore } from '#event-store';
import { ReadStore } from '../../projector/read-store.js';
import { LedgerScrubber } from '../ledger-scrubber.js';
import type { FromScrubWorker, ScrubWorkerData, ToScrubWorker } from './scrub-worker.messages.js';

/** How often the worker looks for ledgers that are due (new ones included), at most. */
const WAKE_MS = 60_000;

/**
 * The scrub worker thread: walks every ledger the read models know of, each once per interval
 * (resuming an unfinished walk first), off the service's event loop and paced by pauseFactor, and
 * tells the service what it finds. Started by WorkerIntegrityScrubber.
 */
const port = parentPort!;
const data = workerData as ScrubWorkerData;
const send = (message: FromScrubWorker) => port.postMessage(message);
const stopping = new AbortController();

port.on('message', (message: ToScrubWorker) => {
  if (message.kind === 'stop') stopping.abort();
});

const store = await openEventStore(data.eventStore);
const readStore = ReadStore.openForQueries(data.readModelsFile);
const scrubber = new LedgerScrubber(store, readStore, {
  pieceSize: data.pieceSize,
  pauseFactor: data.pauseFactor,
  signal: stopping.signal,
  onViolations: (violations) => send({ kind: 'violations', violations: [...violations] }),
});
while (!stopping.signal.aborted) {
  try {
    for (const ledgerId of scrubber.ledgerIds()) {
      if (stopping.signal.aborted) break;
      if (!scrubber.isDue(ledgerId, data.intervalMs)) continue;
      const started = performance.now();
      const result = await scrubber.scrub(ledgerId);
      if (result.finished) send({ kind: 'walked', result, seconds: (performance.now() - started) / 1000 });
    }
  } catch (error) {
    send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
  await sleep(Math.min(data.intervalMs, WAKE_MS), undefined, { signal: stopping.signal }).catch(() => undefined);
}
await store.close();
readStore.close();
send({ kind: 'stopped' });
port.close();
