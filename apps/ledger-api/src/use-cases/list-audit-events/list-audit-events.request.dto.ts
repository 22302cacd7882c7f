import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACTOR_TYPES } from '#ledger-domain';
import { LedgerOrderPageRequestDto } from '../../platform/http-platform/page-request.dto.js';
import { IsEventTypeFilter } from './is-event-type-filter.decorator.js';
import { IsIdFilter } from './is-id-filter.decorator.js';

/** Lerian Tracer's transaction types (filter `transaction_type`). */
export const TRACER_TRANSACTION_TYPES = ['CARD', 'WIRE', 'PIX', 'CRYPTO'] as const;

/** `sort_by` as Tracer spells it (both spellings of its documentation), to the sort key it names. */
export const SORT_KEYS = { created_at: 'created_at', createdAt: 'created_at', event_type: 'event_type', eventType: 'event_type' } as const;

const VALIDATION_FILTER = 'TRANSACTION_VALIDATED events only, by ';

/** Query string of GET /v1/audit-events (Tracer's filters, snake_case). */
export class ListAuditEventsRequestDto extends LedgerOrderPageRequestDto {
  @ApiPropertyOptional({ minLength: 3, maxLength: 64, pattern: '^[A-Z][A-Z0-9_]{2,63}$', description: 'A known type, or a custom one by its exact name' })
  @IsOptional() @IsEventTypeFilter()
  event_type?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) action?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 32 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) result?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) resource_type?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsIdFilter() resource_id?: string;

  @ApiPropertyOptional({ enum: ACTOR_TYPES })
  @IsOptional()
  @IsIn(ACTOR_TYPES as unknown as string[], { message: `actor_type must be one of ${ACTOR_TYPES.join(', ')}` })
  actor_type?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsIdFilter() actor_id?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) category?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 128 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) source?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: `${VALIDATION_FILTER}context.request accountId, account.id or account.accountId` })
  @IsOptional() @IsIdFilter()
  account_id?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: `${VALIDATION_FILTER}context.request segmentId, segment.id or segment.segmentId` })
  @IsOptional() @IsIdFilter()
  segment_id?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: `${VALIDATION_FILTER}context.request portfolioId, portfolio.id or portfolio.portfolioId` })
  @IsOptional() @IsIdFilter()
  portfolio_id?: string;

  @ApiPropertyOptional({ enum: TRACER_TRANSACTION_TYPES, description: `${VALIDATION_FILTER}context.request transactionType or type` })
  @IsOptional()
  @IsIn(TRACER_TRANSACTION_TYPES as unknown as string[], { message: `transaction_type must be one of ${TRACER_TRANSACTION_TYPES.join(', ')}` })
  transaction_type?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: `${VALIDATION_FILTER}one of the rule ids of context.response matchedRuleIds or matchedRules` })
  @IsOptional() @IsIdFilter()
  matched_rule_id?: string;

  @ApiPropertyOptional({ enum: Object.keys(SORT_KEYS), default: 'created_at', description: 'created_at: ledger order; event_type: by type, then ledger order' })
  @IsOptional()
  @IsIn(Object.keys(SORT_KEYS), { message: 'sort_by must be created_at or event_type' })
  sort_by?: keyof typeof SORT_KEYS;
}
