import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageResponseDto } from '../../platform/openapi/page.response.dto.js';
import { LifecycleHistoryItemResponseDto } from './lifecycle-history-item.response.dto.js';

/** Answer of GET /v1/rules/{id}/history and /v1/limits/{id}/history (LifecycleHistoryAnswer). */
@ApiSchema({ name: 'LifecycleHistory' })
export class GetLifecycleHistoryResponseDto extends PageResponseDto {
  @ApiProperty({ enum: ['rule', 'limit'], example: 'rule' })
  resourceType!: string;

  @ApiProperty({ example: 'rule-7' })
  resourceId!: string;

  @ApiProperty({ type: () => [LifecycleHistoryItemResponseDto] })
  history!: LifecycleHistoryItemResponseDto[];
}
