import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ResourceIdPipe } from '../lifecycle-resources/resource-id.pipe.js';
import { GetLifecycleResourceQuery, type LifecycleResourceAnswer } from './get-lifecycle-resource.query.js';
import { GetLifecycleResourceRequestDto } from './get-lifecycle-resource.request.dto.js';

@ApiTags('rules and limits')
@Controller('v1')
export class GetLifecycleResourceHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('rules/:id')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'One rule: its current state, or as_of a point (folded from its events)' })
  rule(
    @Param('id', ResourceIdPipe) id: string,
    @QueryString() params: GetLifecycleResourceRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LifecycleResourceAnswer> {
    return this.queries.execute(new GetLifecycleResourceQuery(principal.ledgerId, 'rule', id, params.as_of));
  }

  @Get('limits/:id')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'One limit: its current state, or as_of a point (folded from its events)' })
  limit(
    @Param('id', ResourceIdPipe) id: string,
    @QueryString() params: GetLifecycleResourceRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<LifecycleResourceAnswer> {
    return this.queries.execute(new GetLifecycleResourceQuery(principal.ledgerId, 'limit', id, params.as_of));
  }
}
