import type { AuditRecord } from '#ledger-domain';
import type { AuditEventIndex } from '../audit-event-index/audit-event-index.js';
import { validationOf, type ValidationFacts } from './validation-of-record.js';

/** A validation as the API shows it: what its record says, where it stands in the ledger, and the record itself. */
export interface ValidationView extends ValidationFacts {
  sequence: number;
  eventId: string;
  createdAt: string;
  auditEvent: AuditRecord;
}

/**
 * The view of a TRANSACTION_VALIDATED record.
 * @throws Error when the record is not a transaction validation (validationOf is undefined for it).
 */
export function validationView(record: AuditRecord): ValidationView {
  const facts = validationOf(record);
  if (!facts) throw new Error(`validationView: audit event ${record.eventId} is not a transaction validation`);
  return { ...facts, sequence: record.sequence, eventId: record.eventId, createdAt: record.createdAt, auditEvent: record };
}

/**
 * The views of the validations at these sequences of the ledger (from ValidationIndex), in the same
 * order, their records read from `auditEvents`.
 * @throws Error when `auditEvents` lacks one of them: both read models fold the same log in one
 * transaction, so that would be a bug, never an answer to give.
 */
export function validationViews(auditEvents: AuditEventIndex, ledgerId: string, sequences: readonly number[]): ValidationView[] {
  return auditEvents.getJsonBySequences(ledgerId, sequences).map((json, i) => {
    if (json === undefined) throw new Error(`the audit event index has no record at sequence ${sequences[i]} of the validations' ledger`);
    return validationView(JSON.parse(json) as AuditRecord);
  });
}
