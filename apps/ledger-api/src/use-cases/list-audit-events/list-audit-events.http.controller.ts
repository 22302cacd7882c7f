import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventPage } from '#read-models';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { toAuditEventFilter } from './audit-event-filter.dto.js';
import { ListAuditEventsQuery } from './list-audit-events.query.js';
import { ListAuditEventsRequestDto } from './list-audit-events.request.dto.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class ListAuditEventsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'List audit events (newest first by default), filtered, with an opaque cursor' })
  list(@QueryString() params: ListAuditEventsRequestDto, @CurrentPrincipal() principal: Principal): Promise<AuditEventPage> {
    return this.queries.execute(
      new ListAuditEventsQuery(principal.ledgerId, {
        ...toAuditEventFilter(params),
        limit: params.limit ?? 100,
        sortOrder: params.sort_order ?? 'DESC',
        cursor: params.cursor,
      }),
    );
  }
}
