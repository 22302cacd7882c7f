import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { AuditRecordResponseDto } from '../record-audit-event/audit-record.response.dto.js';

/** One audit event of a resource's history (LifecycleHistoryItem). */
@ApiSchema({ name: 'LifecycleHistoryItem' })
export class LifecycleHistoryItemResponseDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The resource’s version once this event was applied', example: 1 })
  version!: number;

  @ApiProperty({ type: 'string', isArray: true, description: 'The JSON paths of the attributes this event changed', example: ['name', 'expression', 'action'] })
  changedPaths!: string[];

  @ApiProperty({ type: () => AuditRecordResponseDto })
  auditEvent!: AuditRecordResponseDto;
}
