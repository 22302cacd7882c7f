import type { AuditEventDraft } from '../audit-record.js';
import { BatchRejectedError } from '../errors/ledger-errors.js';
import { LedgerError, type Violation } from '../errors/ledger-error.js';
import type { AuditEventInput, AuditEventLimits } from './audit-event-input.js';
import { normalizeAuditEvent } from './normalize-audit-event.js';

/**
 * Normalizes every event of a batch; all-or-nothing.
 * @throws BatchRejectedError listing every violation of every event, paths prefixed `events[i].`.
 */
export function normalizeAuditEventBatch(inputs: readonly AuditEventInput[], limits: AuditEventLimits): AuditEventDraft[] {
  const drafts: AuditEventDraft[] = [];
  const violations: Violation[] = [];
  inputs.forEach((input, index) => {
    try {
      drafts.push(normalizeAuditEvent(input, limits));
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      for (const v of error.violations) {
        violations.push({ path: v.path === '$' ? `events[${index}]` : `events[${index}].${v.path}`, message: v.message });
      }
    }
  });
  if (violations.length > 0) throw new BatchRejectedError(violations);
  return drafts;
}
