import { validateSync } from 'class-validator';
import {
  BatchRejectedError,
  capViolations,
  LedgerError,
  MAX_VIOLATIONS_PER_BATCH_EVENT,
  normalizeAuditEvent,
  prefixViolations,
  type AuditEventDraft,
  type AuditEventLimits,
  type Violation,
} from '#ledger-domain';
import { validationViolations } from '../../platform/problem-details/validation-exception.factory.js';
import { validateAuditEventDto } from '../record-audit-event/audit-event-dto.js';
import { takeExpectedVersion } from '../record-audit-event/expected-version.js';
import { RecordAuditEventBatchRequestDto } from './record-audit-event-batch.request.dto.js';

/**
 * Checks every event of a batch — structure (the same DTO as a single append) and then the
 * event-type rules — and reports every bad event at once, paths prefixed `events[i].`.
 * @throws BatchRejectedError when any event is bad: nothing of the batch is stored.
 */
export function validateBatchEvents(body: unknown, limits: AuditEventLimits): { drafts: AuditEventDraft[]; expectedVersions: (number | undefined)[] } {
  const events = validateBatchEnvelope(body);
  const drafts: AuditEventDraft[] = [];
  const expectedVersions: (number | undefined)[] = [];
  const violations: Violation[] = [];
  events.forEach((raw, index) => {
    const prefix = `events[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      violations.push({ path: prefix, message: 'each event must be a JSON object' });
      return;
    }
    const { dto, errors: structural } = validateAuditEventDto(raw as Record<string, unknown>);
    if (structural.length > 0) {
      violations.push(...validationViolations(structural, prefix));
      return;
    }
    try {
      const { event, expectedVersion } = takeExpectedVersion(dto);
      drafts.push(normalizeAuditEvent(event, limits));
      expectedVersions.push(expectedVersion);
    } catch (error) {
      if (!(error instanceof LedgerError)) throw error;
      violations.push(...capViolations(prefixViolations(prefix, error.violations), MAX_VIOLATIONS_PER_BATCH_EVENT));
    }
  });
  if (violations.length > 0) throw new BatchRejectedError(violations);
  return { drafts, expectedVersions };
}

/** The envelope `{events: [...]}` against its DTO (class-validator), shallowly: the events are checked one by one. */
function validateBatchEnvelope(body: unknown): unknown[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BatchRejectedError([{ path: '$', message: 'the body must be a JSON object {"events": [...]}' }]);
  }
  const envelope = Object.assign(new RecordAuditEventBatchRequestDto(), body);
  const errors = validateSync(envelope, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length > 0) throw new BatchRejectedError(validationViolations(errors));
  return envelope.events;
}
