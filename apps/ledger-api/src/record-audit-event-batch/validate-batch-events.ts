import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { BatchRejectedError, LedgerError, normalizeAuditEvent, type AuditEventDraft, type AuditEventLimits, type Violation } from '#ledger-domain';
import { validationViolations } from '../problem-details/validation-exception.factory.js';
import { RecordAuditEventRequestDto } from '../record-audit-event/record-audit-event.request.dto.js';

/**
 * Checks every event of a batch — structure (the same DTO as a single append) and then the
 * event-type rules — and reports every bad event at once, paths prefixed `events[i].`.
 * @throws BatchRejectedError when any event is bad: nothing of the batch is stored.
 */
export function validateBatchEvents(events: readonly unknown[], limits: AuditEventLimits): AuditEventDraft[] {
  const drafts: AuditEventDraft[] = [];
  const violations: Violation[] = [];
  events.forEach((raw, index) => {
    const prefix = `events[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      violations.push({ path: prefix, message: 'each event must be a JSON object' });
      return;
    }
    const dto = plainToInstance(RecordAuditEventRequestDto, raw);
    const structural = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
    if (structural.length > 0) {
      violations.push(...validationViolations(structural, prefix));
      return;
    }
    try {
      drafts.push(normalizeAuditEvent(dto, limits));
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      for (const v of error.violations) violations.push({ path: v.path === '$' ? prefix : `${prefix}.${v.path}`, message: v.message });
    }
  });
  if (violations.length > 0) throw new BatchRejectedError(violations);
  return drafts;
}
