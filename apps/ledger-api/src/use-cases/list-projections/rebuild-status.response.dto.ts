import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** The last rebuild of a read model (RebuildStatus). */
@ApiSchema({ name: 'RebuildStatus' })
export class RebuildStatusResponseDto {
  @ApiProperty({ enum: ['running', 'done', 'failed'], example: 'done' })
  state!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The generation it builds', example: 1 })
  generation!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The log position it has applied', example: 10000 })
  position!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The log position it is catching up with', example: 10000 })
  targetPosition!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 10000 })
  events!: number;

  @ApiProperty({ example: 52000 })
  eventsPerSecond!: number;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T10:00:00.000Z' })
  startedAt!: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-11-22T10:00:00.200Z' })
  finishedAt?: string;

  @ApiPropertyOptional({ description: 'Why it failed (summarized; the service log has it in full)' })
  error?: string;
}
