import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageRequestDto } from '../../platform/http-platform/page-request.dto.js';

/** Query string of GET /v1/admin/integrity: `limit`, `cursor` and which findings. */
export class GetIntegrityFindingsRequestDto extends PageRequestDto {
  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'all', description: 'open: only findings the latest walk still saw' })
  @IsOptional()
  @IsIn(['open', 'all'], { message: 'status must be open or all' })
  status?: 'open' | 'all';
}
