import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageResponseDto } from '../../platform/openapi/page.response.dto.js';
import { CheckpointResponseDto } from './checkpoint.response.dto.js';

/** Answer of GET /v1/ledger/checkpoints: a page of signed checkpoints, largest tree first. */
@ApiSchema({ name: 'CheckpointPage' })
export class ListCheckpointsResponseDto extends PageResponseDto {
  @ApiProperty({ type: () => [CheckpointResponseDto] })
  checkpoints!: CheckpointResponseDto[];
}
