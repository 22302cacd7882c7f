import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageResponseDto } from '../../platform/openapi/page.response.dto.js';
import { AuditRecordResponseDto } from '../record-audit-event/audit-record.response.dto.js';

/** Answer of GET /v1/audit-events: one page of records; follow nextCursor for the next. */
@ApiSchema({ name: 'AuditEventPage' })
export class ListAuditEventsResponseDto extends PageResponseDto {
  @ApiProperty({ type: () => [AuditRecordResponseDto] })
  auditEvents!: AuditRecordResponseDto[];
}
