import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageRequestDto } from '../../platform/http-platform/page-request.dto.js';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LIMIT_TYPES, RULE_ACTIONS } from '#ledger-domain';
import { IsAsOf } from '../time-travel/is-as-of.decorator.js';

const STATUSES = ['DRAFT', 'ACTIVE', 'INACTIVE', 'DELETED'] as const;

/** Query string shared by GET /v1/rules and GET /v1/limits. */
class ListLifecycleResourcesRequestDto extends PageRequestDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES as unknown as string[], { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: 'Name starts with this (case-sensitive)' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256)
  name?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: 'One of the ids in the scopes (accountId, segmentId, portfolioId, …)' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256)
  scope_id?: string;

  @ApiPropertyOptional({ description: 'The state as it stood then: seq:<n> or an RFC 3339 date-time', example: 'seq:1' })
  @IsOptional()
  @IsAsOf()
  as_of?: string;
}

export class ListRulesRequestDto extends ListLifecycleResourcesRequestDto {
  @ApiPropertyOptional({ enum: RULE_ACTIONS })
  @IsOptional()
  @IsIn(RULE_ACTIONS as unknown as string[], { message: `action must be one of ${RULE_ACTIONS.join(', ')}` })
  action?: string;
}

export class ListLimitsRequestDto extends ListLifecycleResourcesRequestDto {
  @ApiPropertyOptional({ enum: LIMIT_TYPES })
  @IsOptional()
  @IsIn(LIMIT_TYPES as unknown as string[], { message: `limit_type must be one of ${LIMIT_TYPES.join(', ')}` })
  limit_type?: string;
}
