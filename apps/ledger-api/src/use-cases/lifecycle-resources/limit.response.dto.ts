import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { LifecycleViewResponseDto } from './lifecycle-view.response.dto.js';

/** A limit's state (LimitView): its well-typed attributes lifted out, then its lifecycle. */
@ApiSchema({ name: 'Limit' })
export class LimitResponseDto extends LifecycleViewResponseDto {
  @ApiProperty({ example: 'limit-daily-brl' })
  limitId!: string;

  @ApiPropertyOptional({ example: 'DAILY' })
  limitType?: string;

  @ApiPropertyOptional({ description: 'A decimal string, as recorded (amounts never travel as JSON numbers)', example: '5000.00' })
  maxAmount?: string;

  @ApiPropertyOptional({ example: 'BRL' })
  currency?: string;

  @ApiPropertyOptional({ type: 'array', items: {}, description: 'As recorded' })
  scopes?: unknown[];
}
