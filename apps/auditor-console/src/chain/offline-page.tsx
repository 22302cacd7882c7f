import { useState } from 'preact/hooks';
import { session } from '../session/session.js';
import { toHex } from '../verify/bytes.js';
import { parseCheckpoint } from '../verify/checkpoint.js';
import { formatCount } from '../verify/event-verdict.js';
import { openSignedNote } from '../verify/signed-note.js';
import { parseVerifierKey } from '../verify/verifier-key.js';
import { ChainProgress } from './chain-progress.js';
import type { ChainReport } from './chain-worker-protocol.js';
import { runChainJob } from './run-chain-job.js';

/**
 * Offline: a saved export (records.ndjson and checkpoint.txt, as the CLI's export or the evidence
 * download writes them) checked with no server at all — the checkpoint's signature against the pinned
 * key, every record's hash and link, and the Merkle root of the records it covers.
 */
export function OfflinePage() {
  const [pinned, setPinned] = useState(session.pinnedKey() ?? '');
  const [records, setRecords] = useState<File | null>(null);
  const [note, setNote] = useState<File | null>(null);
  const [report, setReport] = useState<ChainReport | null>(null);
  const [problem, setProblem] = useState<string | undefined>();

  async function verify(event: Event) {
    event.preventDefault();
    setProblem(undefined);
    setReport(null);
    if (!records || !note) return;
    const key = await parseVerifierKey(pinned);
    if (typeof key === 'string') return setReport({ kind: 'error', message: `Verifier key: ${key}` });
    const opened = await openSignedNote(await note.text(), key);
    if (!opened.ok) return setReport({ kind: 'error', message: opened.reason === 'malformed' ? `checkpoint.txt: ${opened.detail}` : 'checkpoint not signed by the pinned key' });
    const checkpoint = parseCheckpoint(opened.text);
    if (typeof checkpoint === 'string') return setReport({ kind: 'error', message: `checkpoint.txt: ${checkpoint}` });
    const expectedRoot = toHex(checkpoint.rootHash);
    runChainJob({ kind: 'offline', recordsText: await records.text(), treeSize: checkpoint.treeSize }, (r) => {
      if (r.kind === 'done' && !r.broken) {
        if (r.checked < checkpoint.treeSize) setProblem(`the file holds ${formatCount(r.checked)} records; the checkpoint covers ${formatCount(checkpoint.treeSize)}`);
        else if (r.rootHex !== expectedRoot) setProblem(`records 1..${formatCount(checkpoint.treeSize)} do not have the checkpoint's Merkle root`);
      }
      setReport(r);
    });
  }

  return (
    <main>
      <h1>Verify a saved export offline</h1>
      <form onSubmit={verify} class="filters" aria-label="Saved export">
        <div class="field">
          <label for="offline-records">records.ndjson</label>
          <input id="offline-records" type="file" accept=".ndjson,application/x-ndjson" required onChange={(e) => setRecords(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <div class="field">
          <label for="offline-checkpoint">checkpoint.txt</label>
          <input id="offline-checkpoint" type="file" accept=".txt,text/plain" required onChange={(e) => setNote(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <div class="field">
          <label for="offline-key">Pinned verifier key</label>
          <input id="offline-key" type="text" spellcheck={false} required value={pinned} onInput={(e) => setPinned(e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit">Verify offline</button>
        </div>
      </form>
      <ChainProgress report={report} extra={problem} />
      {report?.kind === 'done' && !report.broken && !problem && <p class="ok">The checkpoint is signed by the pinned key and these records have its Merkle root.</p>}
    </main>
  );
}
