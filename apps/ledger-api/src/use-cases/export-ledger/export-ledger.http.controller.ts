import { Controller, Get, Query as QueryString, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { LedgerConfig } from '../../platform/config/index.js';
import { toAuditEventFilter } from '../list-audit-events/audit-event-filter.dto.js';
import { exportWriter } from './export-format.js';
import { ExportLedgerQuery } from './export-ledger.query.js';
import { ExportLedgerRequestDto } from './export-ledger.request.dto.js';

@ApiTags('transparency-log')
@Controller('v1/ledger/export')
export class ExportLedgerHttpController {
  constructor(
    private readonly queries: QueryBus,
    private readonly config: LedgerConfig,
  ) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({
    summary:
      'The records in sequence order, filtered as GET /v1/audit-events, streamed: format=ndjson (default; each record exactly as GET /v1/audit-events/{id} returns it), ' +
      'csv (RFC 4180, context and metadata as JSON cells, formula-injection safe) or cloudevents (CloudEvents 1.0 structured JSON, one a line)',
  })
  @ApiProduces('application/x-ndjson', 'text/csv')
  async export(@QueryString() params: ExportLedgerRequestDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const writer = exportWriter(params.format ?? 'ndjson', this.config.cloudEventsTypePrefix);
    const stream = await this.queries.execute(
      new ExportLedgerQuery(principal.ledgerId, params.from_sequence ?? 1, params.to_sequence, toAuditEventFilter(params), writer),
    );
    return new StreamableFile(stream, { type: writer.contentType, disposition: `attachment; filename="${principal.ledgerId}-audit-events.${writer.fileExtension}"` });
  }
}
