import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** A rule the validator said it matched, as the ledger had it at the validation (MatchedRuleCheck). */
@ApiSchema({ name: 'MatchedRuleCheck' })
export class MatchedRuleCheckResponseDto {
  @ApiProperty({ example: 'rule-7' })
  ruleId!: string;

  @ApiProperty({ description: 'The ledger had created the rule by then', example: true })
  found!: boolean;

  @ApiPropertyOptional({ enum: ['DRAFT', 'ACTIVE', 'INACTIVE', 'DELETED'], description: 'Its status then; absent when not found', example: 'ACTIVE' })
  status?: string;

  @ApiProperty({ description: 'Only an ACTIVE rule should have taken part in a decision', example: true })
  activeAtValidation!: boolean;
}
