import { OmitType } from '@nestjs/swagger';
import type { AuditEventListFilter } from '#read-models';
import { ListAuditEventsRequestDto } from './list-audit-events.request.dto.js';

/**
 * The list filters of GET /v1/audit-events without paging or order (sequence order only): what the event stream and the
 * export take. Derived from the list's DTO (validation included), so a filter added there is accepted here.
 */
export class AuditEventFilterDto extends OmitType(ListAuditEventsRequestDto, ['limit', 'cursor', 'sort_order', 'sort_by'] as const) {}

/** The filters of an audit-event listing, without limit, order and cursor. */
export type AuditEventFilter = Omit<AuditEventListFilter, 'limit' | 'sortOrder' | 'cursor' | 'sortBy'>;

/** The read model's filter from the query string's list filters (snake_case → camelCase). */
export function toAuditEventFilter(params: AuditEventFilterDto): AuditEventFilter {
  return {
    startDate: params.start_date,
    endDate: params.end_date,
    eventType: params.event_type,
    action: params.action,
    result: params.result,
    resourceType: params.resource_type,
    resourceId: params.resource_id,
    actorType: params.actor_type,
    actorId: params.actor_id,
    category: params.category,
    source: params.source,
    accountId: params.account_id,
    segmentId: params.segment_id,
    portfolioId: params.portfolio_id,
    transactionType: params.transaction_type,
    matchedRuleId: params.matched_rule_id,
  };
}
