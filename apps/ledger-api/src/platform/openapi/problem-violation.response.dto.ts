import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** One member of a problem's `errors[]`: where the request was wrong, and how. */
@ApiSchema({ name: 'ProblemViolation' })
export class ProblemViolationResponseDto {
  @ApiProperty({ description: 'The field path: a body member (`actor.actorType`, `events[3].context`), a query or path parameter, or `$` for the whole body', example: 'actor.actorType' })
  path!: string;

  @ApiProperty({ example: 'actorType must be one of user, service, api_key, system' })
  message!: string;

  @ApiPropertyOptional({ enum: ['header', 'path', 'query', 'body'], description: 'Where the problem lies (Tracer)', example: 'body' })
  location?: 'header' | 'path' | 'query' | 'body';

  @ApiPropertyOptional({
    description: 'What was sent there (absent when nothing was, for API keys and members named like secrets; long strings cut)',
    example: 'robot',
  })
  value?: unknown;
}
