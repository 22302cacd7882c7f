import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** `from_sequence` and `to_sequence`: a range of a ledger's sequences (verify, export). */
export class SequenceRangeRequestDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'from_sequence must be an integer' })
  @Min(1, { message: 'from_sequence must be at least 1' })
  from_sequence?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Default: the ledger head' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'to_sequence must be an integer' })
  @Min(1, { message: 'to_sequence must be at least 1' })
  to_sequence?: number;
}
