import type { AuditEvent } from './audit-event.js';

/** The events of a page, each linking to its own page (record, hash, Verify). */
export function EventTable({ events, caption }: { events: readonly AuditEvent[]; caption: string }) {
  return (
    <table class="events">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Sequence</th>
          <th scope="col">Recorded (UTC)</th>
          <th scope="col">Event type</th>
          <th scope="col">Resource</th>
          <th scope="col">Actor</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.eventId} data-sequence={event.sequence}>
            <td>
              <a href={`#/events/${encodeURIComponent(event.eventId)}`}>{event.sequence}</a>
            </td>
            <td>{event.createdAt}</td>
            <td>{event.eventType}</td>
            <td>
              {event.resourceType}/{event.resourceId}
            </td>
            <td>
              {event.actor.actorType}:{event.actor.id}
            </td>
            <td>{event.result}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
