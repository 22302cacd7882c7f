import type { AuditEventDraft } from '../../audit-record.js';
import { AuditEventRejectedError } from '../../errors/ledger-errors.js';
import type { Violation } from '../../errors/violation.js';
import { KNOWN_EVENT_TYPES, type KnownEventTypeName } from '../../event-types/known-event-types.js';
import type { AuditEventInput } from '../audit-event-input.js';
import { DEFAULT_AUDIT_EVENT_LIMITS, type AuditEventLimits } from '../audit-event-limits.js';
import { normalizeAuditEvent } from '../normalize-audit-event.js';

export const ana = { id: 'ana', actorType: 'user' } as const;

/** The smallest after-images a successful CREATE or UPDATE of each resource type accepts. */
export const MINIMAL_AFTER_IMAGES = {
  rule: { name: 'Night PIX', expression: 'amount > 5000', action: 'DENY' },
  limit: { limitType: 'DAILY', maxAmount: '10000.00', currency: 'BRL' },
} as const;

/**
 * The smallest valid event of a known type: no resourceType, no action, each required context
 * part `{}`-like, except a rule's or limit's after-image, which holds its required attributes.
 */
export function minimalEvent(type: KnownEventTypeName, overrides: Record<string, unknown> = {}): AuditEventInput {
  const rules = KNOWN_EVENT_TYPES[type];
  const part = (member: string) =>
    member === 'after' && rules.resourceType !== 'transaction' ? { ...MINIMAL_AFTER_IMAGES[rules.resourceType] } : { id: 'x-1' };
  const context = Object.fromEntries(rules.requiredContext.map((member) => [member, part(member)]));
  return { eventType: type, resourceId: 'r-1', result: rules.results[0], actor: { ...ana }, context, ...overrides } as AuditEventInput;
}

/** A Drata-style custom event with everything a custom type needs. */
export function customEvent(overrides: Record<string, unknown> = {}): AuditEventInput {
  return {
    eventType: 'COMPANY_DATA_UPDATED', category: 'COMPANY', source: 'APP', resourceType: 'company', resourceId: 'c-1',
    action: 'UPDATE', result: 'completed', description: 'Address changed', actor: { ...ana }, context: {}, ...overrides,
  } as AuditEventInput;
}

/** given(event).whenNormalized([limits]).thenAccepts() / .thenRejects(path, message). */
export function given(input: unknown) {
  return {
    whenNormalized(limits: AuditEventLimits = DEFAULT_AUDIT_EVENT_LIMITS) {
      let draft: AuditEventDraft | undefined;
      let violations: readonly Violation[] = [];
      try {
        draft = normalizeAuditEvent(input as AuditEventInput, limits);
      } catch (error) {
        if (!(error instanceof AuditEventRejectedError)) throw error;
        violations = error.violations;
      }
      return {
        thenAccepts(): AuditEventDraft {
          expect(violations).toEqual([]);
          return draft!;
        },
        /** Exactly this path is refused; `message` is the exact text, or a pattern it must match. */
        thenRejects(path: string, message: string | RegExp = /./): readonly Violation[] {
          expect(draft).toBeUndefined();
          expect(violations).toContainEqual({ path, message: typeof message === 'string' ? message : expect.stringMatching(message) });
          return violations;
        },
      };
    },
  };
}
