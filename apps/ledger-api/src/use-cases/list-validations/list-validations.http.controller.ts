import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ListValidationsQuery, type ValidationListAnswer } from './list-validations.query.js';
import { ListValidationsRequestDto } from './list-validations.request.dto.js';

@ApiTags('validations')
@Controller('v1/validations')
export class ListValidationsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'List transaction validations (newest first by default), filtered, with an opaque cursor' })
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
