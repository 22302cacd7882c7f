import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /v1/ledger (LedgerSummary). */
@ApiSchema({ name: 'LedgerHead' })
export class GetLedgerResponseDto {
  @ApiProperty({ example: 'default' })
  ledgerId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'How many records the ledger holds', example: 1 })
  length!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The last sequence (0 for an empty ledger)', example: 1 })
  headSequence!: number;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The last record’s hash (64 zeros for an empty ledger)', example: '9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' })
  headHash!: string;
}
