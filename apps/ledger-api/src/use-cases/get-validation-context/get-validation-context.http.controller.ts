import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { TransactionIdPipe } from '../get-validation/transaction-id.pipe.js';
import { GetValidationContextQuery, type ValidationContextAnswer } from './get-validation-context.query.js';

@ApiTags('validations')
@Controller('v1/validations')
export class GetValidationContextHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':transactionId/context')
  @RequireScopes('audit:read')
  @ApiOperation({
    summary: 'A transaction’s latest validation with every rule and limit as they stood right before it, and its matched rules checked against them',
  })
  @ApiParam({ name: 'transactionId', description: 'The transaction id (the validation event’s resourceId)' })
  @ApiResponse({ status: 404, description: 'No validation of it in this ledger' })
  context(
    @Param('transactionId', TransactionIdPipe) transactionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ValidationContextAnswer> {
    return this.queries.execute(new GetValidationContextQuery(principal.ledgerId, transactionId));
  }
}
