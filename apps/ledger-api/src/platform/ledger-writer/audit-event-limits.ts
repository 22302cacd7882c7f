import type { AuditEventLimits } from '#ledger-domain';

/** DI token for the domain's size and depth limits (from config: LEDGER_MAX_RECORD_BYTES). */
export const AUDIT_EVENT_LIMITS = Symbol('AUDIT_EVENT_LIMITS');
export type { AuditEventLimits };
