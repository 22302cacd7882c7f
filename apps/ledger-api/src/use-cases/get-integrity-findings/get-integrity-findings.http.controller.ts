import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { parseFindingCursor } from './finding-cursor.js';
import { GetIntegrityFindingsQuery, type IntegrityFindingsPage } from './get-integrity-findings.query.js';
import { GetIntegrityFindingsRequestDto } from './get-integrity-findings.request.dto.js';

@ApiTags('admin')
@Controller('v1/admin/integrity')
export class GetIntegrityFindingsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('ledger:admin')
  @ApiOperation({ summary: "What the scrubber found where the ledger's log, its envelope and the read models disagree, by sequence" })
  get(@QueryString() params: GetIntegrityFindingsRequestDto, @CurrentPrincipal() principal: Principal): Promise<IntegrityFindingsPage> {
    const after = params.cursor === undefined ? undefined : parseFindingCursor(params.cursor);
    return this.queries.execute(new GetIntegrityFindingsQuery(principal.ledgerId, params.limit ?? 100, after, params.status === 'open'));
  }
}
