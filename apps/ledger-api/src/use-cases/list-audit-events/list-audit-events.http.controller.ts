import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventPage } from '#read-models';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { toAuditEventFilter } from './audit-event-filter.dto.js';
import { ListAuditEventsQuery } from './list-audit-events.query.js';
import { ListAuditEventsRequestDto, SORT_KEYS } from './list-audit-events.request.dto.js';
import { ListAuditEventsResponseDto } from './list-audit-events.response.dto.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class ListAuditEventsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'List audit events (newest first by default, or by event type), filtered, with an opaque cursor' })
  @ApiOkResponse({ type: ListAuditEventsResponseDto, description: 'One page; follow nextCursor while hasMore' })
  @ApiProblemResponses({ status: 400, description: 'A bad filter, limit or cursor (`LEDGER.REQUEST_INVALID`, `LEDGER.INVALID_CURSOR`); unknown parameters are refused' })
  list(@QueryString() params: ListAuditEventsRequestDto, @CurrentPrincipal() principal: Principal): Promise<AuditEventPage> {
    return this.queries.execute(
      new ListAuditEventsQuery(principal.ledgerId, {
        ...toAuditEventFilter(params),
        sortBy: params.sort_by === undefined ? undefined : SORT_KEYS[params.sort_by],
        limit: params.limit ?? 100,
        sortOrder: params.sort_order ?? 'DESC',
        cursor: params.cursor,
      }),
    );
  }
}
