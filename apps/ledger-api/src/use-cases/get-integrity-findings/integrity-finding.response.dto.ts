import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** One disagreement the scrubber found at one sequence (IntegrityFinding). */
@ApiSchema({ name: 'IntegrityFinding' })
export class IntegrityFindingResponseDto {
  @ApiProperty({ example: 'acme' })
  ledgerId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 100 })
  sequence!: number;

  @ApiProperty({
    description: 'What disagrees: the record with its own hash, sequence or link; the store envelope (envelope-*); the read models (index-*, tree-leaf-differs, head-differs)',
    example: 'index-differs',
  })
  kind!: string;

  @ApiProperty({ description: 'A sentence saying what disagrees with what', example: 'the audit-event index holds another record at sequence 100 than the log' })
  detail!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-03T10:00:00.000Z' })
  firstSeenAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-03T11:00:00.000Z' })
  lastSeenAt!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Null while open: the latest full walk still found it', example: null })
  resolvedAt!: string | null;
}
