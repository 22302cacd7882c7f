import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { ResourceIdPipe } from '../lifecycle-resources/resource-id.pipe.js';
import { GetLifecycleResourceQuery, type LifecycleResourceAnswer } from './get-lifecycle-resource.query.js';
import { GetLifecycleResourceRequestDto } from './get-lifecycle-resource.request.dto.js';
import { GetLimitResponseDto } from './get-limit.response.dto.js';
import { GetRuleResponseDto } from './get-rule.response.dto.js';

@ApiTags('rules and limits')
@Controller('v1')
export class GetLifecycleResourceHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('rules/:id')
  @RequireScopes('audit:read')
  @ApiOperation({ operationId: 'getRule', summary: 'One rule: its current state, or as_of a point (folded from its events)' })
  @ApiParam({ name: 'id', description: 'The resourceId of its events (1 to 256 characters)', example: 'rule-7' })
  @ApiOkResponse({ type: GetRuleResponseDto, description: 'The rule (with asOf when as_of was given)' })
  @ApiProblemResponses({ status: 400, description: 'A bad id or query parameter' }, { status: 404, code: 'LEDGER.RULE_NOT_FOUND', description: 'The ledger holds no successful creation of it (by then)' })
  rule(
    @Param('id', ResourceIdPipe) id: string,
    @QueryString() params: GetLifecycleResourceRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LifecycleResourceAnswer> {
    return this.queries.execute(new GetLifecycleResourceQuery(principal.ledgerId, 'rule', id, params.as_of));
  }

  @Get('limits/:id')
  @RequireScopes('audit:read')
  @ApiOperation({ operationId: 'getLimit', summary: 'One limit: its current state, or as_of a point (folded from its events)' })
  @ApiParam({ name: 'id', description: 'The resourceId of its events (1 to 256 characters)', example: 'limit-daily-brl' })
  @ApiOkResponse({ type: GetLimitResponseDto, description: 'The limit (with asOf when as_of was given)' })
  @ApiProblemResponses({ status: 400, description: 'A bad id or query parameter' }, { status: 404, code: 'LEDGER.LIMIT_NOT_FOUND', description: 'The ledger holds no successful creation of it (by then)' })
  limit(
    @Param('id', ResourceIdPipe) id: string,
    @QueryString() params: GetLifecycleResourceRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LifecycleResourceAnswer> {
    return this.queries.execute(new GetLifecycleResourceQuery(principal.ledgerId, 'limit', id, params.as_of));
  }
}
