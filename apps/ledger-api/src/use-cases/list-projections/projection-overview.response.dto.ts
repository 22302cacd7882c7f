import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { RebuildStatusResponseDto } from './rebuild-status.response.dto.js';

/** One read model in GET /v1/admin/projections (ProjectionOverview). */
@ApiSchema({ name: 'ProjectionOverview' })
export class ProjectionOverviewResponseDto {
  @ApiProperty({ example: 'audit-event-index' })
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The live generation (0 until first rebuilt)', example: 1 })
  generation!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'The live generation has applied the log up to here', example: 10000 })
  checkpoint!: number;

  @ApiPropertyOptional({ type: () => RebuildStatusResponseDto, description: 'Its last rebuild, if any' })
  rebuild?: RebuildStatusResponseDto;

  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, description: 'Log positions the live generation has still to apply; null when the store cannot say', example: 0 })
  lagEvents!: number | null;

  @ApiProperty({ enum: ['live', 'rebuilding'], example: 'live' })
  status!: string;
}
