import { useState } from 'preact/hooks';
import { toQueryString, type LedgerApi } from '../api/ledger-api.js';
import { parseCheckpoint } from '../verify/checkpoint.js';
import { listFiltersOf, type EventFilter } from './event-filters.js';

/** Saves `body` as a file through an object URL (the CSP allows no other way, and the key stays out of URLs). */
function saveFile(name: string, body: Blob): void {
  const url = URL.createObjectURL(body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads: the current filter's events as CSV or NDJSON (GET /v1/ledger/export), and the evidence
 * for the offline `verify` CLI — records 1..N, the checkpoint of size N that signs them, and the
 * pinned verifier key — as the three files `npm run ledger -- verify` reads.
 */
export function Downloads({ api, filter, pinned }: { api: LedgerApi; filter: EventFilter; pinned: string }) {
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void>) => () => {
    setError(null);
    action().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const exportAs = (format: 'csv' | 'ndjson') =>
    run(async () => {
      const response = await api.get(`/v1/ledger/export${toQueryString({ ...toExportFilter(filter), format })}`);
      saveFile(`audit-events.${format}`, await response.blob());
    });
  const evidence = run(async () => {
    const note = await api.text('/v1/ledger/checkpoint');
    const checkpoint = parseCheckpoint(note.slice(0, note.lastIndexOf('\n\n') + 1));
    if (typeof checkpoint === 'string') throw new Error(`the checkpoint is malformed: ${checkpoint}`);
    const records = await api.text(`/v1/ledger/export?from_sequence=1&to_sequence=${checkpoint.treeSize}`);
    saveFile('records.ndjson', new Blob([records], { type: 'application/x-ndjson' }));
    saveFile('checkpoint.txt', new Blob([note], { type: 'text/plain' }));
    saveFile('verifier-key.txt', new Blob([`${pinned}\n`], { type: 'text/plain' }));
  });

  return (
    <section class="downloads" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Download</h2>
      <button type="button" onClick={exportAs('csv')}>
        These events as CSV
      </button>
      <button type="button" onClick={exportAs('ndjson')}>
        These events as NDJSON
      </button>
      <button type="button" onClick={evidence}>
        Evidence for the offline verifier
      </button>
      <small>
        Evidence: <code>npm run ledger -- verify --records records.ndjson --checkpoint checkpoint.txt --verifier-key "$(cat verifier-key.txt)"</code>
      </small>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** The export takes the list filters (not paging or order). */
function toExportFilter(filter: EventFilter): EventFilter {
  return listFiltersOf(filter);
}
