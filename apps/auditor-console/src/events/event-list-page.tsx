import { useEffect, useMemo, useState } from 'preact/hooks';
import { toQueryString, type LedgerApi } from '../api/ledger-api.js';
import { navigate } from '../layout/router.js';
import type { AuditEventPage } from './audit-event.js';
import { filterFromQuery } from './event-filters.js';
import { EventTable } from './event-table.js';
import { FilterForm } from './filter-form.js';
import { Downloads } from './downloads.js';
import { LiveTail } from './live-tail.js';

/**
 * The audit-event list: every filter of GET /v1/audit-events, kept in the page's URL, with cursor
 * paging (the cursors of the pages before are kept, so "Previous" is exact).
 */
export function EventListPage({ api, query, pinned }: { api: LedgerApi; query: string; pinned: string }) {
  const filter = useMemo(() => filterFromQuery(query), [query]);
  const [cursors, setCursors] = useState<string[]>([]);
  const [page, setPage] = useState<AuditEventPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const cursor = cursors[cursors.length - 1];

  useEffect(() => setCursors([]), [query]);
  useEffect(() => {
    let current = true;
    setError(null);
    api
      .json<AuditEventPage>(`/v1/audit-events${toQueryString({ limit: '50', ...filter, cursor })}`)
      .then((p) => current && setPage(p))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      current = false;
    };
  }, [api, filter, cursor]);

  return (
    <main>
      <h1>Audit events</h1>
      <FilterForm key={query} filter={filter} onApply={(f) => navigate('/events', toQueryString(f).slice(1))} />
      <label class="toggle">
        <input type="checkbox" checked={live} onChange={(e) => setLive(e.currentTarget.checked)} /> Live tail (new events matching these filters)
      </label>
      {live && <LiveTail filter={filter} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {page && <EventTable events={page.auditEvents} caption={`Page ${cursors.length + 1}: ${page.auditEvents.length} events`} />}
      <nav class="pager" aria-label="Pages">
        <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Previous page
        </button>
        <button type="button" disabled={!page?.hasMore || !page.nextCursor} onClick={() => page?.nextCursor && setCursors((c) => [...c, page.nextCursor!])}>
          Next page
        </button>
      </nav>
      <Downloads api={api} filter={filter} pinned={pinned} />
    </main>
  );
}
