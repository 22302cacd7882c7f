import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** One signed checkpoint of a ledger (CheckpointView). */
@ApiSchema({ name: 'Checkpoint' })
export class CheckpointResponseDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'How many records the signed tree holds', example: 1 })
  treeSize!: number;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'The RFC 9162 Merkle root, lowercase hex (the note carries it in base64)', example: '9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' })
  rootHash!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T10:00:01.000Z' })
  createdAt!: string;

  @ApiProperty({
    description: 'The C2SP signed note, as GET /v1/ledger/checkpoint serves it',
    example: 'audit-ledger.localhost/default\n1\nmx8sPU5fYHGCk6S1xtfo+QobLD1OX2BxgpOktcbX6Pk=\n\n— audit-ledger.localhost Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyCE7cLQ7iPkpHQ=\n',
  })
  note!: string;
}
