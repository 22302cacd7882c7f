import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /readyz (ReadinessReport), 200 or 503 alike. */
@ApiSchema({ name: 'Readiness' })
export class ReadinessResponseDto {
  @ApiProperty({ enum: ['ready', 'not-ready'], example: 'ready' })
  status!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: {
      type: 'object',
      description: 'Members beside `ready` depend on the check: projector `running`, `lagEvents`, `checkpoint`; checkpoints `code`, `ledgers`; a failed or slow check `error`',
      properties: { ready: { type: 'boolean' } },
      required: ['ready'],
      additionalProperties: true,
    },
    description: 'Each check’s result by name (store, projector, checkpoints)',
    example: { store: { ready: true }, projector: { ready: true, running: true, lagEvents: 0, checkpoint: 1 }, checkpoints: { ready: true } },
  })
  checks!: Record<string, { ready: boolean } & Record<string, unknown>>;
}
