import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LimitView, RuleView } from '#ledger-domain';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import type { AsOfPoint } from '../time-travel/as-of.js';
import { ListLifecycleResourcesQuery, type LifecycleResourcePage } from './list-lifecycle-resources.query.js';
import { ListLimitsRequestDto, ListRulesRequestDto } from './list-lifecycle-resources.request.dto.js';
import { ListLimitsResponseDto } from './list-limits.response.dto.js';
import { ListRulesResponseDto } from './list-rules.response.dto.js';

type Page<K extends string, V> = { [key in K]: V[] } & { hasMore: boolean; nextCursor: string | null; asOf?: AsOfPoint };

@ApiTags('rules and limits')
@Controller('v1')
export class ListLifecycleResourcesHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('rules')
  @RequireScopes('audit:read')
  @ApiOperation({ operationId: 'listRules', summary: 'List rules (by id), now or as_of a point, filtered by status, name prefix, action, scope id' })
  @ApiOkResponse({ type: ListRulesResponseDto, description: 'One page of rules by id (with asOf when as_of was given)' })
  @ApiProblemResponses({ status: 400, description: 'A bad filter, as_of, limit or cursor' })
  async rules(@QueryString() params: ListRulesRequestDto, @CurrentPrincipal() principal: Principal): Promise<Page<'rules', RuleView>> {
    const { items, ...page } = await this.list(principal, 'rule', params, params.action);
    return { rules: items as RuleView[], ...page };
  }

  @Get('limits')
  @RequireScopes('audit:read')
  @ApiOperation({ operationId: 'listLimits', summary: 'List limits (by id), now or as_of a point, filtered by status, name prefix, limit type, scope id' })
  @ApiOkResponse({ type: ListLimitsResponseDto, description: 'One page of limits by id (with asOf when as_of was given)' })
  @ApiProblemResponses({ status: 400, description: 'A bad filter, as_of, limit or cursor' })
  async limits(@QueryString() params: ListLimitsRequestDto, @CurrentPrincipal() principal: Principal): Promise<Page<'limits', LimitView>> {
    const { items, ...page } = await this.list(principal, 'limit', params, params.limit_type);
    return { limits: items as LimitView[], ...page };
  }

  private list(principal: Principal, resourceType: 'rule' | 'limit', params: ListRulesRequestDto | ListLimitsRequestDto, kind?: string) {
    const filter = {
      status: params.status,
      namePrefix: params.name,
      kind,
      scopeId: params.scope_id,
      limit: params.limit ?? 100,
      cursor: params.cursor,
    };
    return this.queries.execute<ListLifecycleResourcesQuery, LifecycleResourcePage>(
      new ListLifecycleResourcesQuery(principal.ledgerId, resourceType, filter, params.as_of),
    );
  }
}
