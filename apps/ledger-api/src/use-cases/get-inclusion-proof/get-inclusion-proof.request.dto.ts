import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Min } from 'class-validator';

/** Query string of GET /v1/audit-events/{eventId}/inclusion-proof. */
export class GetInclusionProofRequestDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: "The tree size to prove inclusion in. Default: the latest checkpoint's size" })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'tree_size must be an integer' })
  @Min(1, { message: 'tree_size must be at least 1' })
  tree_size?: number;
}
