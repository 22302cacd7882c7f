import { ApiPropertyOptional } from '@nestjs/swagger';
import { LedgerOrderPageRequestDto } from '../../platform/http-platform/page-request.dto.js';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { KNOWN_EVENT_TYPES } from '#ledger-domain';

const DECISIONS = KNOWN_EVENT_TYPES.TRANSACTION_VALIDATED.results;

/** Query string of GET /v1/validations (snake_case, as GET /v1/audit-events). */
export class ListValidationsRequestDto extends LedgerOrderPageRequestDto {
  @ApiPropertyOptional({ enum: DECISIONS, description: 'The decision' })
  @IsOptional()
  @IsIn(DECISIONS as unknown as string[], { message: `result must be one of ${DECISIONS.join(', ')}` })
  result?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) account_id?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) segment_id?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) portfolio_id?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) transaction_type?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256, description: 'One of the rule ids the validator said it matched' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256)
  matched_rule_id?: string;
}
