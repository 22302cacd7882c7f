import { fromLedgerStreamName, type AuditRecord } from '#ledger-domain';
import type { RecordedEvent } from '#event-store';

/** The audit record carried by a store event, or undefined for events that are not audit records. */
export function auditRecordOf(event: RecordedEvent): AuditRecord | undefined {
  if (event.unreadable || fromLedgerStreamName(event.streamName) === undefined) return undefined;
  const data = event.data as Partial<AuditRecord>;
  return typeof data.eventId === 'string' && typeof data.sequence === 'number' ? (data as AuditRecord) : undefined;
}
