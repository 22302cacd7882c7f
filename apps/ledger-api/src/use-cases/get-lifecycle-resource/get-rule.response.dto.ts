import { ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { RuleResponseDto } from '../lifecycle-resources/rule.response.dto.js';
import { AsOfPointResponseDto } from '../time-travel/as-of-point.response.dto.js';

/** Answer of GET /v1/rules/{id}: the rule, and with `as_of` what it is as of. */
@ApiSchema({ name: 'RuleAnswer' })
export class GetRuleResponseDto extends RuleResponseDto {
  @ApiPropertyOptional({ type: () => AsOfPointResponseDto, description: 'Only with `as_of`' })
  asOf?: AsOfPointResponseDto;
}
