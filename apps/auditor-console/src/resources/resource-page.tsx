import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import { KIND_LABEL, type HistoryEntry, type ResourceKind } from './resource-kind.js';

/**
 * One rule or limit: its state as of any point of its history (a slider over its events, read with
 * `as_of=seq:<n>`), and the history with the paths each event changed highlighted.
 */
export function ResourcePage({ api, kind, id }: { api: LedgerApi; kind: ResourceKind; id: string }) {
  const label = KIND_LABEL[kind];
  const base = `/v1/${kind}/${encodeURIComponent(id)}`;
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [at, setAt] = useState(0);
  const [state, setState] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .json<{ history: HistoryEntry[] }>(`${base}/history?limit=1000`)
      .then((page) => {
        setHistory(page.history);
        setAt(page.history.length - 1);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api, base]);

  const entry = history?.[at];
  const event = entry?.auditEvent;
  useEffect(() => {
    if (!event) return;
    api
      .json<unknown>(`${base}?as_of=seq:${event.sequence}`)
      .then((value) => setState(JSON.stringify(value, null, 2)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api, base, event?.sequence]);

  return (
    <main>
      <h1>
        {label.singular} {id}
      </h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {history && entry && event && (
        <>
          <label for="as-of">
            As of version {entry.version}: sequence {event.sequence}, {event.createdAt}
          </label>
          <input
            id="as-of"
            type="range"
            min={0}
            max={history.length - 1}
            step={1}
            value={at}
            aria-valuetext={`version ${entry.version}, sequence ${event.sequence}`}
            onInput={(e) => setAt(Number(e.currentTarget.value))}
          />
          <h2>State as of sequence {event.sequence}</h2>
          <pre class="record" tabIndex={0} aria-label={`The ${label.singular.toLowerCase()} as of sequence ${event.sequence}`} data-testid="as-of-state">
            {state}
          </pre>
          <table class="events">
            <caption>History: every event, the paths it changed highlighted</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Sequence</th>
                <th scope="col">Event</th>
                <th scope="col">Recorded (UTC)</th>
                <th scope="col">Changed paths</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h, i) => (
                <tr key={h.auditEvent.eventId} class={i === at ? 'selected' : undefined}>
                  <td>{h.version}</td>
                  <td>
                    <a href={`#/events/${encodeURIComponent(h.auditEvent.eventId)}`}>{h.auditEvent.sequence}</a>
                  </td>
                  <td>{h.auditEvent.eventType}</td>
                  <td>{h.auditEvent.createdAt}</td>
                  <td>
                    {h.changedPaths.map((path) => (
                      <mark key={path}>{path}</mark>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
