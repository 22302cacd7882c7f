import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PageResponseDto } from '../../platform/openapi/page.response.dto.js';
import { LimitResponseDto } from '../lifecycle-resources/limit.response.dto.js';
import { AsOfPointResponseDto } from '../time-travel/as-of-point.response.dto.js';

/** Answer of GET /v1/limits: a page of limits by id. */
@ApiSchema({ name: 'LimitPage' })
export class ListLimitsResponseDto extends PageResponseDto {
  @ApiProperty({ type: () => [LimitResponseDto] })
  limits!: LimitResponseDto[];

  @ApiPropertyOptional({ type: () => AsOfPointResponseDto, description: 'Only with `as_of`' })
  asOf?: AsOfPointResponseDto;
}
