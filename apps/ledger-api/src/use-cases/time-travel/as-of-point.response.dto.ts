import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** What a time-travel answer is as of (AsOfPoint). */
@ApiSchema({ name: 'AsOfPoint' })
export class AsOfPointResponseDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The ledger sequence the answer is folded to', example: 1 })
  sequence!: number;

  @ApiProperty({ description: 'The `as_of` asked for', example: 'seq:1' })
  requested!: string;
}
