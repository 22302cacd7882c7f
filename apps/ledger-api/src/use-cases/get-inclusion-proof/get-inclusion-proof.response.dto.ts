import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /v1/audit-events/{eventId}/inclusion-proof (InclusionProof, RFC 9162 §2.1.3). */
@ApiSchema({ name: 'InclusionProof' })
export class GetInclusionProofResponseDto {
  @ApiProperty({ format: 'uuid', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' })
  eventId!: string;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  sequence!: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'sequence − 1: the leaf is the 32 bytes of the record’s hash', example: 0 })
  leafIndex!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  treeSize!: number;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The Merkle root of the tree of treeSize, lowercase hex', example: '9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' })
  rootHash!: string;

  @ApiProperty({ type: 'string', isArray: true, pattern: '^[0-9a-f]{64}$', description: 'The audit path, lowercase hex, leaf to root', example: [] })
  hashes!: string[];
}
