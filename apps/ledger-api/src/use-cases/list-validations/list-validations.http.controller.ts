import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { ListValidationsQuery, type ValidationListAnswer } from './list-validations.query.js';
import { ListValidationsRequestDto } from './list-validations.request.dto.js';
import { ListValidationsResponseDto } from './list-validations.response.dto.js';

@ApiTags('validations')
@Controller('v1/validations')
export class ListValidationsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'List transaction validations (newest first by default), filtered, with an opaque cursor' })
  @ApiOkResponse({ type: ListValidationsResponseDto, description: 'One page; follow nextCursor while hasMore' })
  @ApiProblemResponses({ status: 400, description: 'A bad filter, limit or cursor' })
  list(@QueryString() params: ListValidationsRequestDto, @CurrentPrincipal() principal: Principal): Promise<ValidationListAnswer> {
    return this.queries.execute(
      new ListValidationsQuery(principal.ledgerId, {
        result: params.result,
        accountId: params.account_id,
        segmentId: params.segment_id,
        portfolioId: params.portfolio_id,
        transactionType: params.transaction_type,
        matchedRuleId: params.matched_rule_id,
        startDate: params.start_date,
        endDate: params.end_date,
        limit: params.limit ?? 100,
        cursor: params.cursor,
        sortOrder: params.sort_order ?? 'DESC',
      }),
    );
  }
}
