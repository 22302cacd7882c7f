import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LimitResponseDto } from '../lifecycle-resources/limit.response.dto.js';
import { RuleResponseDto } from '../lifecycle-resources/rule.response.dto.js';
import { ValidationResponseDto } from '../list-validations/validation.response.dto.js';
import { MatchedRuleCheckResponseDto } from './matched-rule-check.response.dto.js';

/** Answer of GET /v1/validations/{transactionId}/context (ValidationContextAnswer). */
@ApiSchema({ name: 'ValidationContext' })
export class GetValidationContextResponseDto {
  @ApiProperty({ type: () => ValidationResponseDto, description: 'The latest validation of the transaction' })
  validation!: ValidationResponseDto;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Rules and limits are as they stood right after this sequence (the one before the validation)', example: 1 })
  asOfSequence!: number;

  @ApiProperty({ type: () => [RuleResponseDto], description: 'Every rule the ledger had created by then, whatever its status' })
  rules!: RuleResponseDto[];

  @ApiProperty({ type: () => [LimitResponseDto] })
  limits!: LimitResponseDto[];

  @ApiProperty({ type: 'string', isArray: true, example: ['rule-7'] })
  activeRuleIds!: string[];

  @ApiProperty({ type: 'string', isArray: true, example: [] })
  activeLimitIds!: string[];

  @ApiProperty({ type: () => [MatchedRuleCheckResponseDto], description: 'The validator’s matched rule ids, checked against `rules`' })
  matchedRules!: MatchedRuleCheckResponseDto[];
}
