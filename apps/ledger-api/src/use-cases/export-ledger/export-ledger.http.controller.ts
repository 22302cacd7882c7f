import { Controller, Get, Query as QueryString, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
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
  @ApiOkResponse({
    description: 'The records in sequence order, streamed, in the asked format',
    content: {
      'application/x-ndjson': {
        schema: { type: 'string', description: 'format=ndjson: one AuditRecord per line; format=cloudevents: one CloudEvents 1.0 structured event per line' },
        example: '{"eventId":"0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01","ledgerId":"default","sequence":1,"eventType":"RULE_CREATED","resourceType":"rule","resourceId":"rule-7","action":"CREATE","result":"SUCCESS","actor":{"id":"ana","actorType":"user"},"context":{"after":{"name":"High value"}},"metadata":{},"createdAt":"2026-11-22T10:00:00.123Z","previousHash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"}\n',
      },
      'text/csv': { schema: { type: 'string', description: 'format=csv: RFC 4180, a header row, one row per record; context and metadata as JSON cells' } },
    },
  })
  @ApiProblemResponses({ status: 400, description: 'A bad range (to_sequence beyond the head, from_sequence after to_sequence, not integers ≥ 1), filter or format' })
  async export(@QueryString() params: ExportLedgerRequestDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const writer = exportWriter(params.format ?? 'ndjson', this.config.cloudEventsTypePrefix);
    const stream = await this.queries.execute(
      new ExportLedgerQuery(principal.ledgerId, params.from_sequence ?? 1, params.to_sequence, toAuditEventFilter(params), writer),
    );
    return new StreamableFile(stream, { type: writer.contentType, disposition: `attachment; filename="${principal.ledgerId}-audit-events.${writer.fileExtension}"` });
  }
}
