import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { GetConsistencyProofQuery, type ConsistencyProof } from './get-consistency-proof.query.js';
import { GetConsistencyProofRequestDto } from './get-consistency-proof.request.dto.js';
import { GetConsistencyProofResponseDto } from './get-consistency-proof.response.dto.js';

@ApiTags('transparency-log')
@Controller('v1/ledger/consistency-proof')
export class GetConsistencyProofHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'RFC 9162 consistency proof: the tree of to_size extends the tree of from_size (catches a rewritten or cut history)' })
  @ApiOkResponse({ type: GetConsistencyProofResponseDto, description: 'The proof between the two sizes' })
  @ApiProblemResponses(
    { status: 400, description: 'from_size missing, not an integer ≥ 1, larger than to_size, or a size beyond the tree' },
    { status: 404, code: 'LEDGER.CHECKPOINT_NOT_FOUND', description: 'No checkpoint signed yet, and to_size not given' },
  )
  get(@QueryString() params: GetConsistencyProofRequestDto, @CurrentPrincipal() principal: Principal): Promise<ConsistencyProof> {
    return this.queries.execute(new GetConsistencyProofQuery(principal.ledgerId, params.from_size, params.to_size));
  }
}
