import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /v1/audit-events/{eventId}/verify (AuditEventVerification). */
@ApiSchema({ name: 'AuditEventVerification' })
export class VerifyAuditEventResponseDto {
  @ApiProperty({ description: 'hashValid, both links and the store envelope hold', example: true })
  isValid!: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 3, description: 'Records of the log this call checked: the event and its stored neighbours (Tracer)', example: 3 })
  totalChecked!: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The eventId of the first record found invalid, in chain order; absent when all is valid (Tracer)' })
  firstInvalidId?: string;

  @ApiProperty({ format: 'uuid', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' })
  eventId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  sequence!: number;

  @ApiProperty({ description: 'The hash recomputed from the log’s record matches its `hash`', example: true })
  hashValid!: boolean;

  @ApiProperty({ description: '`previousHash` is the hash of the record before it (64 zeros for sequence 1)', example: true })
  previousLinkValid!: boolean;

  @ApiProperty({ description: 'The next record’s `previousHash` is this hash (true at the head)', example: true })
  nextLinkValid!: boolean;

  @ApiProperty({ example: 'the stored event hashes to its hash and is linked to its neighbours' })
  message!: string;
}
