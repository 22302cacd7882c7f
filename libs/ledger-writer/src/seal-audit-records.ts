import { sealRecordText } from '#integrity';
import {
  AUDIT_RECORD_SCHEMA_VERSION,
  type AuditEventDraft,
  type AuditRecord,
  type LedgerEventMetadata,
  type UnsealedAuditRecord,
} from '#ledger-domain';
import type { EventToAppend } from '#event-store';
import type { ChainTail } from './chain-tail.js';

export interface SealInput {
  ledgerId: string;
  drafts: readonly AuditEventDraft[];
  tail: ChainTail;
  createdAt: string;
  nextId: () => string;
  idempotencyKey?: string;
  requestHash?: string;
}

export interface SealedRequest {
  records: AuditRecord[];
  events: EventToAppend[];
  tail: ChainTail;
}

/**
 * Extends the chain from `tail` with one request's drafts: assigns eventId, sequence
 * (revision + 1), createdAt, previousHash and hash. Pure given its inputs.
 * The member order below is the documented record order; hashing does not depend on it (RFC 8785 sorts).
 */
export function sealAuditRecords(input: SealInput): SealedRequest {
  const records: AuditRecord[] = [];
  const events: EventToAppend[] = [];
  let { revision, hash: previousHash } = input.tail;
  for (const [index, draft] of input.drafts.entries()) {
    revision += 1;
    const unsealed: UnsealedAuditRecord = {
      eventId: input.nextId(),
      ledgerId: input.ledgerId,
      sequence: revision + 1,
      ...draft,
      createdAt: input.createdAt,
      previousHash,
    };
    // Stored as the hash member followed by the exact RFC 8785 bytes that were hashed.
    const { hash, text } = sealRecordText(unsealed);
    const record: AuditRecord = { ...unsealed, hash };
    const metadata: LedgerEventMetadata = {
      schemaVersion: AUDIT_RECORD_SCHEMA_VERSION,
      sequence: record.sequence,
      hash: record.hash,
      previousHash,
    };
    const first = index === 0 && input.idempotencyKey !== undefined;
    if (first) {
      metadata.idempotencyKey = input.idempotencyKey;
      metadata.requestHash = input.requestHash;
      metadata.requestEventCount = input.drafts.length;
    }
    events.push({
      eventId: record.eventId,
      type: record.eventType,
      data: record as unknown as Record<string, unknown>,
      dataText: text,
      metadata: metadata as unknown as Record<string, unknown>,
      ...(first ? { idempotencyKey: input.idempotencyKey } : {}),
    });
    records.push(record);
    previousHash = record.hash;
  }
  // The position is the store's to give: the writer sets it once the events are appended.
  return { records, events, tail: { revision, hash: previousHash, createdAt: input.createdAt, position: input.tail.position } };
}
