import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of POST /v1/admin/projections/{name}/rebuild (RebuildStarted). */
@ApiSchema({ name: 'RebuildStarted' })
export class RebuildProjectionResponseDto {
  @ApiProperty({ example: 'audit-event-index' })
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The generation being built', example: 2 })
  generation!: number;

  @ApiProperty({ enum: ['running'], example: 'running' })
  state!: string;
}
