import { useEffect, useState } from 'preact/hooks';
import type { LedgerApi } from '../api/ledger-api.js';
import type { AuditEvent } from './audit-event.js';
import { ChainLinks } from './chain-links.js';
import { VerifyPanel } from './verify-panel.js';

/** One event: the record exactly as the service returned it, its hash, its links, and Verify. */
export function EventPage({ api, pinned, eventId }: { api: LedgerApi; pinned: string; eventId: string }) {
  const [stored, setStored] = useState<{ text: string; record: AuditEvent } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setStored(null);
    setError(null);
    api
      .text(`/v1/audit-events/${encodeURIComponent(eventId)}`)
      .then((text) => setStored({ text, record: JSON.parse(text) as AuditEvent }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api, eventId]);

  if (error) {
    return (
      <main>
        <h1>Event {eventId}</h1>
        <p class="error" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!stored) return <main aria-busy="true">Loading…</main>;
  const { record, text } = stored;
  return (
    <main>
      <h1>
        Event {record.sequence}: {record.eventType}
      </h1>
      <dl class="facts">
        <dt>Event id</dt>
        <dd>
          <code>{record.eventId}</code>
        </dd>
        <dt>Stored hash</dt>
        <dd>
          <code data-testid="stored-hash">{record.hash}</code>
        </dd>
        <dt>Previous hash</dt>
        <dd>
          <code>{record.previousHash}</code>
        </dd>
      </dl>
      <ChainLinks api={api} record={record} />
      {record.eventType === 'TRANSACTION_VALIDATED' && (
        <p>
          <a href={`#/validations/${encodeURIComponent(record.resourceId)}`}>The rules and limits this validation was decided against</a>
        </p>
      )}
      <VerifyPanel key={record.eventId + text} api={api} pinned={pinned} record={record} />
      <h2>The record exactly as stored</h2>
      <pre class="record" tabIndex={0} aria-label="The record as the service returned it">
        {text}
      </pre>
    </main>
  );
}
