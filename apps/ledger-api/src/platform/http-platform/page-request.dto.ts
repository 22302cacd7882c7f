import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsRfc3339DateTime } from './is-rfc3339-date-time.decorator.js';

/** `limit` and `cursor`, shared by every paged listing's query string (subclasses add the filters). */
export class PageRequestDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 100, description: 'Page size' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(1000, { message: 'limit must be at most 1000' })
  limit?: number;

  @ApiPropertyOptional({ maxLength: 1024, description: 'Opaque cursor from a previous page (nextCursor); empty or absent for the first page' })
  // `cursor=` is the first page, as clients write it (Lerian Tracer's "empty for the first page").
  @Transform(({ value }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  cursor?: string;
}

/** A paged listing in ledger order: a createdAt range and the direction, beside limit and cursor. */
export class LedgerOrderPageRequestDto extends PageRequestDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'createdAt ≥ start_date (RFC 3339)', example: '2026-11-22T00:00:00Z' })
  @IsOptional()
  @IsRfc3339DateTime()
  start_date?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'createdAt < end_date (RFC 3339)', example: '2026-11-23T00:00:00Z' })
  @IsOptional()
  @IsRfc3339DateTime()
  end_date?: string;

  @ApiPropertyOptional({ enum: ['ASC', 'DESC'], default: 'DESC', description: 'By ledger sequence; any letter case' })
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsOptional()
  @IsIn(['ASC', 'DESC'], { message: 'sort_order must be ASC or DESC' })
  sort_order?: 'ASC' | 'DESC';
}
