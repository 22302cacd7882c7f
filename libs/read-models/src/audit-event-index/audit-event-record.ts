import { fromLedgerStreamName, type AuditRecord } from '#ledger-domain';
import type { RecordedEvent } from '#event-store';

/**
 * The audit record carried by a store event, or undefined for events that are not audit records:
 * outside a ledger stream, unreadable, of another ledger, or lacking a member the read models
 * index. Other events may share the log (rule and limit lifecycles); they are not errors.
 */
export function auditRecordOf(event: RecordedEvent): AuditRecord | undefined {
  const ledgerId = fromLedgerStreamName(event.streamName);
  if (event.unreadable || ledgerId === undefined) return undefined;
  const data = event.data as { [member: string]: unknown; actor?: { [member: string]: unknown } };
  const strings = [data.eventId, data.eventType, data.resourceType, data.resourceId, data.action, data.result, data.createdAt, data.hash];
  const indexable =
    data.ledgerId === ledgerId &&
    Number.isSafeInteger(data.sequence) &&
    strings.every((value) => typeof value === 'string') &&
    typeof data.actor === 'object' &&
    data.actor !== null &&
    typeof data.actor.id === 'string' &&
    typeof data.actor.actorType === 'string';
  return indexable ? (data as unknown as AuditRecord) : undefined;
}
