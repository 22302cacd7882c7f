import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import { session } from '../session/session.js';
import { ChainProgress } from './chain-progress.js';
import { ConsistencySection } from './consistency-section.js';
import type { ChainReport } from './chain-worker-protocol.js';
import { runChainJob } from './run-chain-job.js';

/** Checks a range of the chain in a web worker: progress in events/s, the first broken sequence on failure. */
export function ChainPage({ api }: { api: LedgerApi }) {
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('');
  const [report, setReport] = useState<ChainReport | null>(null);
  const [stop, setStop] = useState<(() => void) | null>(null);
  useEffect(() => () => stop?.(), [stop]);

  function check(event: Event) {
    event.preventDefault();
    stop?.();
    setReport({ kind: 'progress', checked: 0, eventsPerSecond: 0 });
    const job = { kind: 'online' as const, apiKey: session.apiKey() ?? '', fromSequence: Number(from) || 1, toSequence: to ? Number(to) : undefined };
    setStop(() => runChainJob(job, setReport));
  }

  const total = to ? Number(to) - (Number(from) || 1) + 1 : undefined;
  return (
    <main>
      <h1>Chain check</h1>
      <p>Reads the records of a range through the export and checks every hash and link in a background worker of this browser.</p>
      <form onSubmit={check} class="filters" aria-label="Range">
        <div class="field">
          <label for="chain-from">From sequence</label>
          <input id="chain-from" type="number" min={1} required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="chain-to">To sequence (empty: the head)</label>
          <input id="chain-to" type="number" min={1} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit">Check the chain</button>
        </div>
      </form>
      <ChainProgress report={report} total={total} />
      <ConsistencySection api={api} />
    </main>
  );
}
