import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsRFC3339, IsString, Max, MaxLength, Min } from 'class-validator';
import { ACTOR_TYPES } from '#ledger-domain';

/** Query string of GET /v1/audit-events (Tracer's filters, snake_case). */
export class ListAuditEventsRequestDto {
  @ApiPropertyOptional({ description: 'createdAt ≥ start_date (RFC 3339)' })
  @IsOptional()
  @IsRFC3339({ message: 'start_date must be an RFC 3339 date-time' })
  start_date?: string;

  @ApiPropertyOptional({ description: 'createdAt < end_date (RFC 3339)' })
  @IsOptional()
  @IsRFC3339({ message: 'end_date must be an RFC 3339 date-time' })
  end_date?: string;

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

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(1000, { message: 'limit must be at most 1000' })
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page (nextCursor)' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;

  @ApiPropertyOptional({ enum: ['ASC', 'DESC'], default: 'DESC' })
  @IsOptional()
  @IsIn(['ASC', 'DESC'], { message: 'sort_order must be ASC or DESC' })
  sort_order?: 'ASC' | 'DESC';
}
