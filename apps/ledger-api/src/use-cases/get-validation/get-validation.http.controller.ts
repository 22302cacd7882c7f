import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { GetValidationQuery, type ValidationAnswer } from './get-validation.query.js';
import { GetValidationResponseDto } from './get-validation.response.dto.js';
import { TransactionIdPipe } from './transaction-id.pipe.js';

@ApiTags('validations')
@Controller('v1/validations')
export class GetValidationHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':transactionId')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'The latest validation of a transaction, with how many the ledger holds and where the others are' })
  @ApiParam({ name: 'transactionId', description: 'The transaction id (the validation event’s resourceId)', example: 'tx-1001' })
  @ApiOkResponse({ type: GetValidationResponseDto, description: 'Its latest validation' })
  @ApiProblemResponses({ status: 400, code: 'LEDGER.REQUEST_INVALID', description: 'transactionId is not 1 to 256 characters', violation: { path: 'transactionId', message: 'transactionId must be 1 to 256 characters' } }, { status: 404, code: 'LEDGER.VALIDATION_NOT_FOUND', description: 'No validation of it in this ledger' })
  get(@Param('transactionId', TransactionIdPipe) transactionId: string, @CurrentPrincipal() principal: Principal): Promise<ValidationAnswer> {
    return this.queries.execute(new GetValidationQuery(principal.ledgerId, transactionId));
  }
}
