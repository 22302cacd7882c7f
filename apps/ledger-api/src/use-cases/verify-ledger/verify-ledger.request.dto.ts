import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { SequenceRangeRequestDto } from '../../platform/http-platform/sequence-range-request.dto.js';

export const DEFAULT_VERIFY_RECORDS = 10_000;
export const MAX_VERIFY_RECORDS = 100_000;

/** Query string of GET /v1/ledger/verify: one bounded piece of the chain per call. */
export class VerifyLedgerRequestDto extends SequenceRangeRequestDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_VERIFY_RECORDS, default: DEFAULT_VERIFY_RECORDS })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'max_records must be an integer' })
  @Min(1, { message: 'max_records must be at least 1' })
  @Max(MAX_VERIFY_RECORDS, { message: `max_records must be at most ${MAX_VERIFY_RECORDS}` })
  max_records?: number;
}
