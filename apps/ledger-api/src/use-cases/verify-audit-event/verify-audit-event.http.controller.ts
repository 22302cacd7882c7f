import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { AuditEventIdPipe } from '../get-audit-event/audit-event-id.pipe.js';
import type { AuditEventVerification } from './audit-event-verification.js';
import { VerifyAuditEventQuery } from './verify-audit-event.query.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class VerifyAuditEventHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/verify')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "Recompute one event's hash from the log and check its links" })
  @ApiParam({ name: 'eventId', format: 'uuid' })
  verify(@Param('eventId', AuditEventIdPipe) eventId: string, @CurrentPrincipal() principal: Principal): Promise<AuditEventVerification> {
    return this.queries.execute(new VerifyAuditEventQuery(principal.ledgerId, eventId));
  }
}
