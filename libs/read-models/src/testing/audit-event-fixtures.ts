import { randomUUID } from 'node:crypto';
import type { EventToAppend, RecordedEvent } from '#event-store';
import { toLedgerStreamName, type AuditRecord } from '#ledger-domain';

/** 2026-11-22T00:00:00Z: record n is created n seconds later. */
const EPOCH = Date.UTC(2026, 10, 22);

/**
 * Record `sequence` of a synthetic ledger. Filter values cycle so that every filter selects a
 * known subset: eventType/resourceType/action by sequence % 3, result by % 2, resourceId by % 10,
 * actorId by % 4, actorType user on multiples of 5, category/source only on multiples of 7.
 */
export function auditRecord(ledgerId: string, sequence: number): AuditRecord {
  const rule = sequence % 3 === 0;
  return {
    eventId: randomUUID(),
    ledgerId,
    sequence,
    eventType: rule ? 'RULE_CREATED' : 'TRANSACTION_VALIDATED',
    ...(sequence % 7 === 0 ? { category: 'COMPANY', source: 'APP' } : {}),
    resourceType: rule ? 'rule' : 'transaction',
    resourceId: `r-${sequence % 10}`,
    action: rule ? 'CREATE' : 'VALIDATE',
    result: sequence % 2 === 0 ? 'ALLOW' : 'DENY',
    actor: { id: `actor-${sequence % 4}`, actorType: sequence % 5 === 0 ? 'user' : 'service', name: 'Zoë' },
    context: { after: { nested: [1, 'two', { three: true }] } },
    metadata: {},
    createdAt: new Date(EPOCH + sequence * 1000).toISOString(),
    previousHash: (sequence - 1).toString(16).padStart(64, '0'),
    hash: sequence.toString(16).padStart(64, '0'),
  };
}

/** Records 1..count of a ledger (or startAt..startAt+count-1). */
export function auditRecords(ledgerId: string, count: number, startAt = 1): AuditRecord[] {
  return Array.from({ length: count }, (_, i) => auditRecord(ledgerId, startAt + i));
}

/** The record as the ledger writer appends it. */
export function toEventToAppend(record: AuditRecord): EventToAppend {
  return { eventId: record.eventId, type: record.eventType, data: { ...record }, metadata: { sequence: record.sequence } };
}

/** The record as the store would deliver it at `position`. */
export function toRecordedEvent(record: AuditRecord, position: number): RecordedEvent {
  return {
    streamName: toLedgerStreamName(record.ledgerId),
    revision: record.sequence - 1,
    position,
    eventId: record.eventId,
    type: record.eventType,
    data: { ...record },
    metadata: { sequence: record.sequence },
  };
}
