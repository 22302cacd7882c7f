import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { GetLedgerQuery } from './get-ledger.query.js';
import { GetLedgerResponseDto } from './get-ledger.response.dto.js';
import type { LedgerSummary } from './ledger-summary.js';

@ApiTags('ledger')
@Controller('v1/ledger')
export class GetLedgerHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "The caller's ledger: length, head sequence and head hash" })
  @ApiOkResponse({ type: GetLedgerResponseDto, description: 'The head (length 0 and 64 zeros for an empty ledger)' })
  get(@CurrentPrincipal() principal: Principal): Promise<LedgerSummary> {
    return this.queries.execute(new GetLedgerQuery(principal.ledgerId));
  }
}
