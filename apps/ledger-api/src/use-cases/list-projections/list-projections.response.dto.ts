import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ProjectionOverviewResponseDto } from './projection-overview.response.dto.js';

/** Answer of GET /v1/admin/projections (ProjectionsAnswer). */
@ApiSchema({ name: 'Projections' })
export class ListProjectionsResponseDto {
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, description: 'The log’s head position; null when the store cannot say', example: 10000 })
  headPosition!: number | null;

  @ApiProperty({ type: () => [ProjectionOverviewResponseDto] })
  projections!: ProjectionOverviewResponseDto[];
}
