import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsAsOf } from '../time-travel/is-as-of.decorator.js';

/** Query string of GET /v1/rules/{id} and /v1/limits/{id}. */
export class GetLifecycleResourceRequestDto {
  @ApiPropertyOptional({ description: 'The state as it stood then: seq:<n> or an RFC 3339 date-time', example: 'seq:1' })
  @IsOptional()
  @IsAsOf()
  as_of?: string;
}
