import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { IntegrityFindingResponseDto } from './integrity-finding.response.dto.js';

/** Answer of GET /v1/admin/integrity (IntegrityFindingsPage). */
@ApiSchema({ name: 'IntegrityFindingsPage' })
export class GetIntegrityFindingsResponseDto {
  @ApiProperty({ example: 'acme' })
  ledgerId!: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: "The ledger's open findings", example: 0 })
  openFindings!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Open findings counted by kind', example: {} })
  byKind!: Record<string, number>;

  @ApiProperty({ type: [IntegrityFindingResponseDto] })
  findings!: IntegrityFindingResponseDto[];

  @ApiProperty({ type: 'string', nullable: true, description: 'Pass as `cursor` for the next page; null on the last', example: null })
  nextCursor!: string | null;
}
