import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /v1/ledger/verify (LedgerVerification). */
@ApiSchema({ name: 'LedgerVerification' })
export class VerifyLedgerResponseDto {
  @ApiProperty({ description: 'Every record of the range verified (hash, sequence, link)', example: true })
  intact!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, example: 1 })
  verifiedCount!: number;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, description: 'The first record that failed; null when intact', example: null })
  firstBrokenSequence!: number | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'Why it failed; null when intact', example: null })
  reason!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 1, description: 'Where the next call should start; null when the requested range is done or broken', example: null })
  nextFromSequence!: number | null;
}
