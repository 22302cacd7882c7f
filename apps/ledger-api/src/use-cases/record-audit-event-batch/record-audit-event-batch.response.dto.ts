import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { AuditRecordResponseDto } from '../record-audit-event/audit-record.response.dto.js';

/** Answer of POST /v1/audit-events/batch: every record stored, with contiguous sequences, in request order. */
@ApiSchema({ name: 'AuditEventBatch' })
export class RecordAuditEventBatchResponseDto {
  @ApiProperty({ type: () => [AuditRecordResponseDto], minItems: 1, maxItems: 1000 })
  auditEvents!: AuditRecordResponseDto[];
}
