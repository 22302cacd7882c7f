import { ApiPropertyOptional } from '@nestjs/swagger';
import { LedgerOrderPageRequestDto } from '../../platform/http-platform/page-request.dto.js';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACTOR_TYPES } from '#ledger-domain';

/** Query string of GET /v1/audit-events (Tracer's filters, snake_case). */
export class ListAuditEventsRequestDto extends LedgerOrderPageRequestDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) event_type?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) action?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 32 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) result?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) resource_type?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) resource_id?: string;

  @ApiPropertyOptional({ enum: ACTOR_TYPES })
  @IsOptional()
  @IsIn(ACTOR_TYPES as unknown as string[], { message: `actor_type must be one of ${ACTOR_TYPES.join(', ')}` })
  actor_type?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 256 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) actor_id?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) category?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 128 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) source?: string;
}
