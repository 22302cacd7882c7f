import type { AuditRecord } from '#ledger-domain';

/** Filters of GET /v1/audit-events (all optional, combinable). Dates are RFC 3339. */
export interface AuditEventListFilter {
  startDate?: string;
  endDate?: string;
  eventType?: string;
  action?: string;
  result?: string;
  resourceType?: string;
  resourceId?: string;
  actorType?: string;
  actorId?: string;
  category?: string;
  source?: string;
  /**
   * Transaction validation filters (Lerian Tracer's): each selects TRANSACTION_VALIDATED events
   * only, by what the ValidationIndex reads from their request and response (validationOf).
   */
  accountId?: string;
  segmentId?: string;
  portfolioId?: string;
  transactionType?: string;
  /** One of the rule ids the validator said it matched. */
  matchedRuleId?: string;
  /** `created_at` (default): ledger order, which is createdAt order; `event_type`: by type, then ledger order. */
  sortBy?: AuditEventSortKey;
  /** Only sequences ≥ this (the export's and the event stream's range; combined with the date range). */
  fromSequence?: number;
  /** Only sequences ≤ this. */
  toSequence?: number;
  /** 1..1000. */
  limit: number;
  sortOrder: 'ASC' | 'DESC';
  cursor?: string;
}

export type AuditEventSortKey = 'created_at' | 'event_type';

/** The members of AuditEventListFilter answered from the ValidationIndex. */
export const VALIDATION_MEMBERS = ['accountId', 'segmentId', 'portfolioId', 'transactionType', 'matchedRuleId'] as const;

/** True when the filter selects by a transaction validation's facts (and so TRANSACTION_VALIDATED events only). */
export function filtersValidations(filter: AuditEventListFilter): boolean {
  return VALIDATION_MEMBERS.some((member) => filter[member] !== undefined);
}

export interface AuditEventPage {
  auditEvents: AuditRecord[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** Equality filters and the column each one is answered from (each has an index ending in sequence). */
export const EQUALITY_FILTERS = [
  ['eventType', 'event_type'],
  ['action', 'action'],
  ['result', 'result'],
  ['resourceType', 'resource_type'],
  ['resourceId', 'resource_id'],
  ['actorType', 'actor_type'],
  ['actorId', 'actor_id'],
  ['category', 'category'],
  ['source', 'source'],
] as const satisfies readonly (readonly [keyof AuditEventListFilter, string])[];
