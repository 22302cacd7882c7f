import type { AuditEventDraft } from '../audit-record.js';
import { BatchRejectedError, AuditEventRejectedError } from '../errors/ledger-errors.js';
import { capViolations, prefixViolations, type Violation } from '../errors/violation.js';
import type { AuditEventInput } from './audit-event-input.js';
import type { AuditEventLimits } from './audit-event-limits.js';
import { normalizeAuditEvent } from './normalize-audit-event.js';

/** At most this many violations are listed per bad event of a batch, so every bad event fits in the answer. */
export const MAX_VIOLATIONS_PER_BATCH_EVENT = 10;

/**
 * {@link normalizeAuditEvent} on every event of a batch. A batch is all or nothing, so every bad
 * event is reported at once, with paths prefixed `events[i].` (`events[3].actor.actorType`;
 * `events[i]` itself for a problem with the whole event).
 * @returns the drafts in input order, when every event is acceptable.
 * @throws BatchRejectedError when the batch is empty or any event is bad.
 */
export function normalizeAuditEventBatch(inputs: readonly AuditEventInput[], limits: AuditEventLimits): AuditEventDraft[] {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new BatchRejectedError([{ path: 'events', message: 'events must be a non-empty array of audit events' }]);
  }
  const drafts: AuditEventDraft[] = [];
  const violations: Violation[] = [];
  inputs.forEach((input, index) => {
    try {
      drafts.push(normalizeAuditEvent(input, limits));
    } catch (error) {
      if (!(error instanceof AuditEventRejectedError)) throw error;
      violations.push(...prefixViolations(`events[${index}]`, capViolations(error.violations, MAX_VIOLATIONS_PER_BATCH_EVENT)));
    }
  });
  if (violations.length > 0) throw new BatchRejectedError(violations);
  return drafts;
}
