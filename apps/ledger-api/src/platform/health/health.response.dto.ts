import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /health. */
@ApiSchema({ name: 'Health' })
export class HealthResponseDto {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status!: string;
}
