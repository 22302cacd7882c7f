import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { TransactionIdPipe } from '../get-validation/transaction-id.pipe.js';
import { GetValidationContextQuery, type ValidationContextAnswer } from './get-validation-context.query.js';
import { GetValidationContextResponseDto } from './get-validation-context.response.dto.js';

@ApiTags('validations')
@Controller('v1/validations')
export class GetValidationContextHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':transactionId/context')
  @RequireScopes('audit:read')
  @ApiOperation({
    summary: 'A transaction’s latest validation with every rule and limit as they stood right before it, and its matched rules checked against them',
  })
  @ApiParam({ name: 'transactionId', description: 'The transaction id (the validation event’s resourceId)', example: 'tx-1001' })
  @ApiOkResponse({ type: GetValidationContextResponseDto, description: 'The validation and what it was decided against' })
  @ApiProblemResponses({ status: 400, code: 'LEDGER.REQUEST_INVALID', description: 'transactionId is not 1 to 256 characters', violation: { path: 'transactionId', message: 'transactionId must be 1 to 256 characters' } }, { status: 404, code: 'LEDGER.VALIDATION_NOT_FOUND', description: 'No validation of it in this ledger' })
  context(
    @Param('transactionId', TransactionIdPipe) transactionId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ValidationContextAnswer> {
    return this.queries.execute(new GetValidationContextQuery(principal.ledgerId, transactionId));
  }
}
