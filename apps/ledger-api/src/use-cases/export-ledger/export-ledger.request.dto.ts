import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SequenceRangeRequestDto } from '../../platform/http-platform/sequence-range-request.dto.js';
import { AuditEventFilterDto } from '../list-audit-events/audit-event-filter.dto.js';
import { EXPORT_FORMATS, type ExportFormat } from './export-format.js';

/** Query string of GET /v1/ledger/export: a sequence range, the list filters of GET /v1/audit-events, and the format. */
export class ExportLedgerRequestDto extends IntersectionType(SequenceRangeRequestDto, AuditEventFilterDto) {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'ndjson' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS as unknown as string[], { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format?: ExportFormat;
}
