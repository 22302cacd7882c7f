import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ResourceIdPipe } from '../lifecycle-resources/resource-id.pipe.js';
import { GetLifecycleHistoryQuery, type LifecycleHistoryAnswer } from './get-lifecycle-history.query.js';
import { GetLifecycleHistoryRequestDto } from './get-lifecycle-history.request.dto.js';

@ApiTags('rules and limits')
@Controller('v1')
export class GetLifecycleHistoryHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('rules/:id/history')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "A rule's audit events in order, each with the JSON paths it changed" })
  rule(@Param('id', ResourceIdPipe) id: string, @QueryString() params: GetLifecycleHistoryRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.history(principal, 'rule', id, params);
  }

  @Get('limits/:id/history')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "A limit's audit events in order, each with the JSON paths it changed" })
  limit(@Param('id', ResourceIdPipe) id: string, @QueryString() params: GetLifecycleHistoryRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.history(principal, 'limit', id, params);
  }

  private history(principal: Principal, resourceType: 'rule' | 'limit', id: string, params: GetLifecycleHistoryRequestDto): Promise<LifecycleHistoryAnswer> {
    return this.queries.execute(new GetLifecycleHistoryQuery(principal.ledgerId, resourceType, id, params.limit ?? 100, params.cursor));
  }
}
