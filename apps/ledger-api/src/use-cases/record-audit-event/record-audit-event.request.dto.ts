import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { JsonObject } from '#ledger-domain';
import { IsRfc3339DateTime } from '../../platform/http-platform/is-rfc3339-date-time.decorator.js';
import { AuditActorDto } from './audit-actor.dto.js';

/**
 * One audit event as a client sends it. Structural checks only; the event-type rules
 * (known types, custom types, context shape, size and depth) are the domain's
 * (normalizeAuditEvent). Server-assigned members are refused by the global ValidationPipe
 * (forbidNonWhitelisted).
 */
@ApiSchema({ name: 'AuditEventInput' })
export class RecordAuditEventRequestDto {
  @ApiProperty({ pattern: '^[A-Z][A-Z0-9_]{2,63}$', example: 'RULE_CREATED' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{2,63}$/, { message: 'eventType must match ^[A-Z][A-Z0-9_]{2,63}$' })
  eventType!: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Required for custom event types', example: 'COMPANY' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  category?: string;

  @ApiPropertyOptional({ maxLength: 128, description: 'Required for custom event types', example: 'APP' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  source?: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Filled in for known event types', example: 'rule' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  resourceType?: string;

  @ApiProperty({ maxLength: 256, example: 'rule-7' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  resourceId!: string;

  @ApiPropertyOptional({ maxLength: 64, description: 'Filled in for known event types', example: 'CREATE' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  action?: string;

  @ApiProperty({ maxLength: 32, example: 'SUCCESS' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  result!: string;

  @ApiPropertyOptional({ maxLength: 4096 })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  description?: string;

  @ApiProperty({ type: () => AuditActorDto })
  @ValidateNested()
  @Type(() => AuditActorDto)
  actor!: AuditActorDto;

  @ApiProperty({ type: 'object', additionalProperties: true, example: { after: { name: 'velocity' } } })
  @IsObject()
  context!: JsonObject;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, default: {} })
  @IsOptional()
  @IsObject()
  metadata?: JsonObject;

  @ApiPropertyOptional({ format: 'date-time', description: "The emitter's time, RFC 3339", example: '2026-11-22T10:00:00.000Z' })
  @IsOptional()
  @IsRfc3339DateTime()
  occurredAt?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'Rule and limit events only: the version (event count) the resource must be at, else 409. Not stored in the record.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  expectedVersion?: number;
}
