import { Controller, Get, Query as QueryString, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ExportLedgerQuery } from './export-ledger.query.js';
import { ExportLedgerRequestDto } from './export-ledger.request.dto.js';

@ApiTags('transparency-log')
@Controller('v1/ledger/export')
export class ExportLedgerHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'The records in sequence order, one per line (NDJSON), exactly as GET /v1/audit-events/{id} returns each; streamed' })
  @ApiProduces('application/x-ndjson')
  async export(@QueryString() params: ExportLedgerRequestDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const stream = await this.queries.execute(new ExportLedgerQuery(principal.ledgerId, params.from_sequence ?? 1, params.to_sequence));
    return new StreamableFile(stream, { type: 'application/x-ndjson; charset=utf-8' });
  }
}
