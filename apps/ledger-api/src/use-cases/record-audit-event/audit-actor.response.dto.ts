import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ACTOR_TYPES } from '#ledger-domain';

/** The `actor` member of a stored record (wire contract v1, docs/INTEGRITY.md). */
@ApiSchema({ name: 'AuditActor' })
export class AuditActorResponseDto {
  @ApiProperty({ maxLength: 256, example: 'ana' })
  id!: string;

  @ApiProperty({ enum: ACTOR_TYPES, example: 'user' })
  actorType!: string;

  @ApiPropertyOptional({ maxLength: 256, example: 'Ana Souza' })
  name?: string;

  @ApiPropertyOptional({ maxLength: 128, example: 'risk-manager' })
  role?: string;

  @ApiPropertyOptional({ description: 'IPv4 or IPv6', example: '10.20.30.40' })
  ipAddress?: string;
}
