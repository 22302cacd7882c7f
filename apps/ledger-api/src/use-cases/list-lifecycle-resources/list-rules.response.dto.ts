import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PageResponseDto } from '../../platform/openapi/page.response.dto.js';
import { RuleResponseDto } from '../lifecycle-resources/rule.response.dto.js';
import { AsOfPointResponseDto } from '../time-travel/as-of-point.response.dto.js';

/** Answer of GET /v1/rules: a page of rules by id. */
@ApiSchema({ name: 'RulePage' })
export class ListRulesResponseDto extends PageResponseDto {
  @ApiProperty({ type: () => [RuleResponseDto] })
  rules!: RuleResponseDto[];

  @ApiPropertyOptional({ type: () => AsOfPointResponseDto, description: 'Only with `as_of`' })
  asOf?: AsOfPointResponseDto;
}
