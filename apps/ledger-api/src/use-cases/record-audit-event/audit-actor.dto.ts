import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { IsIn, IsIP, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ACTOR_TYPES, type ActorType } from '#ledger-domain';

/** Who did it: the `actor` member of an audit event request. */
@ApiSchema({ name: 'AuditActorInput' })
export class AuditActorDto {
  @ApiProperty({ maxLength: 256, example: 'user-42' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  id!: string;

  @ApiProperty({ enum: ACTOR_TYPES, example: 'user' })
  @IsIn(ACTOR_TYPES as unknown as string[], { message: `actorType must be one of ${ACTOR_TYPES.join(', ')}` })
  actorType!: ActorType;

  @ApiPropertyOptional({ maxLength: 256 })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  name?: string;

  @ApiPropertyOptional({ maxLength: 128 })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  role?: string;

  @ApiPropertyOptional({ example: '10.0.0.7' })
  @IsOptional()
  @IsIP()
  ipAddress?: string;
}
