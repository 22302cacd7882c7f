import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { GetValidationQuery, type ValidationAnswer } from './get-validation.query.js';
import { TransactionIdPipe } from './transaction-id.pipe.js';

@ApiTags('validations')
@Controller('v1/validations')
export class GetValidationHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':transactionId')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'The latest validation of a transaction, with how many the ledger holds and where the others are' })
  @ApiParam({ name: 'transactionId', description: 'The transaction id (the validation event’s resourceId)' })
  @ApiResponse({ status: 404, description: 'No validation of it in this ledger' })
  get(@Param('transactionId', TransactionIdPipe) transactionId: string, @CurrentPrincipal() principal: Principal): Promise<ValidationAnswer> {
    return this.queries.execute(new GetValidationQuery(principal.ledgerId, transactionId));
  }
}
