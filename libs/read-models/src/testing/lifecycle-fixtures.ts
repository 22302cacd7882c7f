import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '#event-store';
import { knownEventType, toLedgerStreamName, type AuditRecord, type JsonObject } from '#ledger-domain';

const EPOCH = Date.UTC(2026, 10, 22);

/** Builds a ledger's records one by one, with contiguous sequences, as the store would deliver them. */
export class LedgerScript {
  readonly events: RecordedEvent[] = [];
  private sequence = 0;

  constructor(
    readonly ledgerId = 'ledger-a',
    private readonly firstPosition = 1,
  ) {}

  get head(): number {
    return this.sequence;
  }

  /** Appends one record of `eventType` for `resourceId`; returns it. */
  add(eventType: string, resourceId: string, context: JsonObject = {}, result = 'SUCCESS'): AuditRecord {
    this.sequence += 1;
    const known = knownEventType(eventType);
    const resourceType = known?.resourceType ?? 'company';
    const action = known?.action ?? 'UPDATE';
    const record: AuditRecord = {
      eventId: randomUUID(),
      ledgerId: this.ledgerId,
      sequence: this.sequence,
      eventType,
      resourceType,
      resourceId,
      action,
      result,
      actor: { id: 'ana', actorType: 'user' },
      context,
      metadata: {},
      createdAt: new Date(EPOCH + this.sequence * 1000).toISOString(),
      previousHash: '0'.repeat(64),
      hash: this.sequence.toString(16).padStart(64, '0'),
    };
    this.events.push({
      streamName: toLedgerStreamName(this.ledgerId),
      revision: this.sequence - 1,
      position: this.firstPosition + this.events.length,
      eventId: record.eventId,
      type: eventType,
      data: { ...record },
      metadata: { sequence: this.sequence },
    });
    return record;
  }
}

/** A valid rule after-image. */
export function ruleImage(name: string, expression: string, action = 'DENY', scopes: unknown[] = []): JsonObject {
  return { name, expression, action, scopes } as JsonObject;
}

/** A valid limit after-image. */
export function limitImage(maxAmount: string, limitType = 'DAILY', scopes: unknown[] = []): JsonObject {
  return { limitType, maxAmount, currency: 'BRL', scopes } as JsonObject;
}

/** The moment record `sequence` of a LedgerScript was created. */
export function scriptTime(sequence: number): string {
  return new Date(EPOCH + sequence * 1000).toISOString();
}
