import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuditRecord } from '#ledger-domain';
import { CurrentPrincipal, RequireScopes, type Principal } from '../auth/index.js';
import { AuditEventIdParamsDto } from './audit-event-id.params.dto.js';
import { GetAuditEventQuery } from './get-audit-event.query.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class GetAuditEventHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'One audit event, exactly as stored (wire contract v1)' })
  @ApiResponse({ status: 404, description: 'Unknown, or in another ledger' })
  get(@Param() params: AuditEventIdParamsDto, @CurrentPrincipal() principal: Principal): Promise<AuditRecord> {
    return this.queries.execute(new GetAuditEventQuery(principal.ledgerId, params.eventId));
  }
}
