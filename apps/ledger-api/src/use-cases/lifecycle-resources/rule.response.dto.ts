import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { LifecycleViewResponseDto } from './lifecycle-view.response.dto.js';

/** A rule's state (RuleView): its well-typed attributes lifted out, then its lifecycle. */
@ApiSchema({ name: 'Rule' })
export class RuleResponseDto extends LifecycleViewResponseDto {
  @ApiProperty({ example: 'rule-7' })
  ruleId!: string;

  @ApiPropertyOptional({ example: 'High value' })
  name?: string;

  @ApiPropertyOptional({ example: 'amount > 10000' })
  expression?: string;

  @ApiPropertyOptional({ example: 'REVIEW' })
  action?: string;

  @ApiPropertyOptional({ type: 'array', items: {}, description: 'As recorded' })
  scopes?: unknown[];
}
