import { ApiPropertyOptional } from '@nestjs/swagger';
import { LedgerOrderPageRequestDto } from '../../platform/http-platform/page-request.dto.js';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACTOR_TYPES } from '#ledger-domain';

/** Query string of GET /v1/audit-events (Tracer's filters, snake_case). */
export class ListAuditEventsRequestDto extends LedgerOrderPageRequestDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) event_type?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) action?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) result?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) resource_type?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) resource_id?: string;

  @ApiPropertyOptional({ enum: ACTOR_TYPES })
  @IsOptional()
  @IsIn(ACTOR_TYPES as unknown as string[], { message: `actor_type must be one of ${ACTOR_TYPES.join(', ')}` })
  actor_type?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(256) actor_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) category?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(128) source?: string;
}
