import { Controller, Get, Query as QueryString, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { ExportLedgerQuery } from './export-ledger.query.js';
import { ExportLedgerRequestDto } from './export-ledger.request.dto.js';

@ApiTags('transparency-log')
@Controller('v1/ledger/export')
export class ExportLedgerHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'The records in sequence order, one per line (NDJSON), exactly as GET /v1/audit-events/{id} returns each; streamed' })
  @ApiOkResponse({
    description: 'One record per line (each an `AuditRecord`), in sequence order, streamed',
    content: {
      'application/x-ndjson': {
        schema: { type: 'string', description: 'Newline-delimited JSON: one AuditRecord per line' },
        example: '{"eventId":"0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01","ledgerId":"default","sequence":1,"eventType":"RULE_CREATED","resourceType":"rule","resourceId":"rule-7","action":"CREATE","result":"SUCCESS","actor":{"id":"ana","actorType":"user"},"context":{"after":{"name":"High value"}},"metadata":{},"createdAt":"2026-11-22T10:00:00.123Z","previousHash":"0000000000000000000000000000000000000000000000000000000000000000","hash":"9b1f2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"}\n',
      },
    },
  })
  @ApiProblemResponses({ status: 400, description: 'A bad range: to_sequence beyond the head, from_sequence after to_sequence, or not integers ≥ 1' })
  async export(@QueryString() params: ExportLedgerRequestDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const stream = await this.queries.execute(new ExportLedgerQuery(principal.ledgerId, params.from_sequence ?? 1, params.to_sequence));
    return new StreamableFile(stream, { type: 'application/x-ndjson; charset=utf-8' });
  }
}
