import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { ResourceIdPipe } from '../lifecycle-resources/resource-id.pipe.js';
import { GetLifecycleHistoryQuery, type LifecycleHistoryAnswer } from './get-lifecycle-history.query.js';
import { GetLifecycleHistoryRequestDto } from './get-lifecycle-history.request.dto.js';
import { GetLifecycleHistoryResponseDto } from './get-lifecycle-history.response.dto.js';

@ApiTags('rules and limits')
@Controller('v1')
export class GetLifecycleHistoryHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('rules/:id/history')
  @RequireScopes('audit:read')
  @ApiOperation({ operationId: 'getRuleHistory', summary: "A rule's audit events in order, each with the JSON paths it changed" })
  @ApiParam({ name: 'id', description: 'The resourceId of its events (1 to 256 characters)', example: 'rule-7' })
  @ApiOkResponse({ type: GetLifecycleHistoryResponseDto, description: 'One page of its history, oldest first' })
  @ApiProblemResponses({ status: 400, description: 'A bad id or query parameter' }, { status: 404, code: 'LEDGER.RULE_NOT_FOUND', description: 'The ledger holds no event of it' })
  rule(@Param('id', ResourceIdPipe) id: string, @QueryString() params: GetLifecycleHistoryRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.history(principal, 'rule', id, params);
  }

  @Get('limits/:id/history')
  @RequireScopes('audit:read')
  @ApiOperation({ operationId: 'getLimitHistory', summary: "A limit's audit events in order, each with the JSON paths it changed" })
  @ApiParam({ name: 'id', description: 'The resourceId of its events (1 to 256 characters)', example: 'limit-daily-brl' })
  @ApiOkResponse({ type: GetLifecycleHistoryResponseDto, description: 'One page of its history, oldest first' })
  @ApiProblemResponses({ status: 400, description: 'A bad id or query parameter' }, { status: 404, code: 'LEDGER.LIMIT_NOT_FOUND', description: 'The ledger holds no event of it' })
  limit(@Param('id', ResourceIdPipe) id: string, @QueryString() params: GetLifecycleHistoryRequestDto, @CurrentPrincipal() principal: Principal) {
    return this.history(principal, 'limit', id, params);
  }

  private history(principal: Principal, resourceType: 'rule' | 'limit', id: string, params: GetLifecycleHistoryRequestDto): Promise<LifecycleHistoryAnswer> {
    return this.queries.execute(new GetLifecycleHistoryQuery(principal.ledgerId, resourceType, id, params.limit ?? 100, params.cursor));
  }
}
