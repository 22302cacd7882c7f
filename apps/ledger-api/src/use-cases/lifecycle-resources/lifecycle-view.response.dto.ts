import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const STATUSES = ['DRAFT', 'ACTIVE', 'INACTIVE', 'DELETED'];

/** The lifecycle members of a rule or limit view (LifecycleViewMembers); the times are ledger `createdAt`s. */
export abstract class LifecycleViewResponseDto {
  @ApiPropertyOptional({ enum: STATUSES, example: 'ACTIVE' })
  status?: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many events of this resource the ledger holds, SUCCESS and FAILED alike', example: 2 })
  version!: number;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-22T10:00:00.123Z' })
  createdAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  updatedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-22T10:05:00.000Z' })
  activatedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  deactivatedAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  deletedAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The last event of this resource, whatever its result', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d02' })
  lastEventId?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Every attribute as last recorded (`context.after` without `status`)' })
  attributes?: Record<string, unknown>;
}
