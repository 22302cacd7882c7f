import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import type { LedgerVerification } from './ledger-verification.js';
import { VerifyLedgerQuery } from './verify-ledger.query.js';
import { DEFAULT_VERIFY_RECORDS, VerifyLedgerRequestDto } from './verify-ledger.request.dto.js';
import { VerifyLedgerResponseDto } from './verify-ledger.response.dto.js';

@ApiTags('ledger')
@Controller('v1/ledger/verify')
export class VerifyLedgerHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'Verify a range of the hash chain (≤ 100,000 records a call) from the log' })
  @ApiOkResponse({ type: VerifyLedgerResponseDto, description: 'The verdict for the range, and where to continue (a broken chain is 200 with intact false)' })
  @ApiProblemResponses(400)
  verify(@QueryString() params: VerifyLedgerRequestDto, @CurrentPrincipal() principal: Principal): Promise<LedgerVerification> {
    return this.queries.execute(
      new VerifyLedgerQuery(
        principal.ledgerId,
        params.from_sequence ?? 1,
        params.to_sequence,
        params.max_records ?? DEFAULT_VERIFY_RECORDS,
      ),
    );
  }
}
