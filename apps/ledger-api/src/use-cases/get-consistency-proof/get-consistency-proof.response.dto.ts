import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** Answer of GET /v1/ledger/consistency-proof (ConsistencyProof, RFC 9162 §2.1.4). */
@ApiSchema({ name: 'ConsistencyProof' })
export class GetConsistencyProofResponseDto {
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  fromSize!: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 2 })
  toSize!: number;

  @ApiProperty({ type: 'string', isArray: true, pattern: '^[0-9a-f]{64}$', description: 'The consistency proof, lowercase hex', example: ['5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f99b1f2c3d4e'] })
  hashes!: string[];
}
