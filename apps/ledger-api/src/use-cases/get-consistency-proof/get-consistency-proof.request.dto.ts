import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** Query string of GET /v1/ledger/consistency-proof. */
export class GetConsistencyProofRequestDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The size of the checkpoint you kept' })
  @Type(() => Number)
  @IsInt({ message: 'from_size must be an integer' })
  @Min(1, { message: 'from_size must be at least 1' })
  from_size!: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: "Default: the latest checkpoint's size" })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'to_size must be an integer' })
  @Min(1, { message: 'to_size must be at least 1' })
  to_size?: number;
}
