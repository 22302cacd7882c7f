import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** Path parameter `{eventId}`: a UUID, else 400. */
export class AuditEventIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'eventId must be a UUID' })
  eventId!: string;
}
