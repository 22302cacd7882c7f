import { useEffect, useState } from 'preact/hooks';
import { toQueryString } from '../api/ledger-api.js';
import { readEventStream } from '../api/event-stream.js';
import { session } from '../session/session.js';
import type { AuditEvent } from './audit-event.js';
import { listFiltersOf, type EventFilter } from './event-filters.js';
import { EventTable } from './event-table.js';

/** How long to wait before reconnecting a stream the service ended (shutdown, slow client). */
const RECONNECT_MS = 2_000;

/**
 * Live tail: the events appended from now on that match the list's filters, newest first, over the
 * SSE stream; reconnects after the service ends a stream, resuming after the last event received.
 */
export function LiveTail({ filter }: { filter: EventFilter }) {
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [state, setState] = useState<'connecting' | 'live' | 'reconnecting'>('connecting');

  useEffect(() => {
    const abort = new AbortController();
    const path = `/v1/audit-events/stream${toQueryString(listFiltersOf(filter))}`;
    let lastEventId: string | undefined;
    setEvents([]);
    void (async () => {
      while (!abort.signal.aborted) {
        try {
          setState(lastEventId === undefined ? 'connecting' : 'reconnecting');
          lastEventId = await readEventStream(
            path,
            session.apiKey() ?? '',
            (event) => {
              if (event.id !== undefined) setEvents((list) => [JSON.parse(event.data) as AuditEvent, ...list].slice(0, 500));
            },
            { signal: abort.signal, lastEventId, onOpen: () => setState('live') },
          );
        } catch {
          if (abort.signal.aborted) return;
        }
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_MS));
      }
    })();
    return () => abort.abort();
  }, [JSON.stringify(filter)]);

  return (
    <section aria-labelledby="live-heading">
      <h2 id="live-heading">
        Live tail <span class="live-state">({state === 'live' ? 'connected' : state})</span>
      </h2>
      <EventTable events={events} caption={`${events.length} new events since the tail started, newest first`} />
    </section>
  );
}
