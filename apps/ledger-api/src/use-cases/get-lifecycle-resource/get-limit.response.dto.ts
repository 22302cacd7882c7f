import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { LimitResponseDto } from '../lifecycle-resources/limit.response.dto.js';
import { AsOfPointResponseDto } from '../time-travel/as-of-point.response.dto.js';

/** Answer of GET /v1/limits/{id}: the limit, and with `as_of` what it is as of. */
@ApiSchema({ name: 'LimitAnswer' })
export class GetLimitResponseDto extends LimitResponseDto {
  @ApiPropertyOptional({ type: () => AsOfPointResponseDto, description: 'Only with `as_of`' })
  asOf?: AsOfPointResponseDto;
}
