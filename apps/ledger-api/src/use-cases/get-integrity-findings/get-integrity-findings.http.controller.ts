import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { parseFindingCursor } from './finding-cursor.js';
import { GetIntegrityFindingsQuery, type IntegrityFindingsPage } from './get-integrity-findings.query.js';
import { GetIntegrityFindingsRequestDto } from './get-integrity-findings.request.dto.js';
import { GetIntegrityFindingsResponseDto } from './get-integrity-findings.response.dto.js';

@ApiTags('admin')
@Controller('v1/admin/integrity')
export class GetIntegrityFindingsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('ledger:admin')
  @ApiOperation({ summary: "What the scrubber found where the ledger's log, its envelope and the read models disagree, by sequence" })
  @ApiOkResponse({ type: GetIntegrityFindingsResponseDto, description: 'One page of findings in sequence order; follow nextCursor' })
  @ApiProblemResponses({ status: 400, description: 'A bad status, limit or cursor' })
  get(@QueryString() params: GetIntegrityFindingsRequestDto, @CurrentPrincipal() principal: Principal): Promise<IntegrityFindingsPage> {
    const after = params.cursor === undefined ? undefined : parseFindingCursor(params.cursor);
    return this.queries.execute(new GetIntegrityFindingsQuery(principal.ledgerId, params.limit ?? 100, after, params.status === 'open'));
  }
}
