import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { AuditEventIdPipe } from '../get-audit-event/audit-event-id.pipe.js';
import { GetInclusionProofQuery, type InclusionProof } from './get-inclusion-proof.query.js';
import { GetInclusionProofRequestDto } from './get-inclusion-proof.request.dto.js';
import { GetInclusionProofResponseDto } from './get-inclusion-proof.response.dto.js';

@ApiTags('transparency-log')
@Controller('v1/audit-events')
export class GetInclusionProofHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/inclusion-proof')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "RFC 9162 inclusion proof of the event in the ledger's Merkle tree (default: the latest checkpoint's size)" })
  @ApiParam({ name: 'eventId', format: 'uuid', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' })
  @ApiOkResponse({ type: GetInclusionProofResponseDto, description: 'The audit path from the event’s leaf to the root of the tree of treeSize' })
  @ApiProblemResponses(
    { status: 400, description: 'eventId is not a UUID, or tree_size is beyond the tree or does not hold the event' },
    { status: 404, description: 'Unknown event (or in another ledger), or no checkpoint signed yet when tree_size is not given (`LEDGER.CHECKPOINT_NOT_FOUND`)' },
  )
  get(
    @Param('eventId', AuditEventIdPipe) eventId: string,
    @QueryString() params: GetInclusionProofRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InclusionProof> {
    return this.queries.execute(new GetInclusionProofQuery(principal.ledgerId, eventId, params.tree_size));
  }
}
