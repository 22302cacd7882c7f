import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ProblemViolationResponseDto } from './problem-violation.response.dto.js';

/**
 * Every error answer of the service: RFC 9457 problem details (`application/problem+json`) with
 * the ledger's stable `code`, the request's id and, for bad input, every violation by path.
 * Mirrors ProblemDetails (platform/problem-details), which is what the one global filter sends.
 */
@ApiSchema({ name: 'Problem', description: 'RFC 9457 problem details, with the stable error code, the request id and, for 400, every violation' })
export class ProblemResponseDto {
  @ApiProperty({ format: 'uri', description: 'A URN naming the code: `urn:audit-ledger:problem:<code>`', example: 'urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_INVALID' })
  type!: string;

  @ApiProperty({ description: 'The same for every problem of this code', example: 'The audit event is invalid' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status', example: 400 })
  status!: number;

  @ApiProperty({ description: 'What went wrong with this request', example: 'actor.actorType: actorType must be one of user, service, api_key, system' })
  detail!: string;

  @ApiProperty({ format: 'uri-reference', description: 'The request path, without the query', example: '/v1/audit-events' })
  instance!: string;

  @ApiProperty({ pattern: '^[A-Z]+\\.[A-Z0-9_]+$', description: 'Stable error code (`LEDGER.*`, `AUTH.*`, `HTTP.*`, `STORE.*`): branch on this', example: 'LEDGER.AUDIT_EVENT_INVALID' })
  code!: string;

  @ApiProperty({ description: 'The X-Request-Id of the request (echoed, or generated as a UUID)', example: '3f0b2c5e-8d7a-4b1e-9c6f-2a4d8e1b7c90' })
  requestId!: string;

  @ApiPropertyOptional({ type: () => [ProblemViolationResponseDto], description: 'Bad input only (400): every violation, by field path' })
  errors?: ProblemViolationResponseDto[];
}
