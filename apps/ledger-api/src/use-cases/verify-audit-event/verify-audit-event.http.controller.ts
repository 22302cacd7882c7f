import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { AuditEventIdPipe } from '../get-audit-event/audit-event-id.pipe.js';
import type { AuditEventVerification } from './audit-event-verification.js';
import { VerifyAuditEventQuery } from './verify-audit-event.query.js';
import { VerifyAuditEventResponseDto } from './verify-audit-event.response.dto.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class VerifyAuditEventHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/verify')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "Recompute one event's hash from the log and check its links" })
  @ApiParam({ name: 'eventId', format: 'uuid', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' })
  @ApiOkResponse({ type: VerifyAuditEventResponseDto, description: 'The verdict (a broken chain is 200 with isValid false, not an error)' })
  @ApiProblemResponses({ status: 400, code: 'LEDGER.REQUEST_INVALID', description: 'eventId is not a UUID', violation: { path: 'eventId', message: 'eventId must be a UUID' } }, { status: 404, description: 'Unknown, or in another ledger' })
  verify(@Param('eventId', AuditEventIdPipe) eventId: string, @CurrentPrincipal() principal: Principal): Promise<AuditEventVerification> {
    return this.queries.execute(new VerifyAuditEventQuery(principal.ledgerId, eventId));
  }
}
