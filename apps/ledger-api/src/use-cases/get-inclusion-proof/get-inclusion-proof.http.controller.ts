import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { AuditEventIdPipe } from '../get-audit-event/audit-event-id.pipe.js';
import { GetInclusionProofQuery, type InclusionProof } from './get-inclusion-proof.query.js';
import { GetInclusionProofRequestDto } from './get-inclusion-proof.request.dto.js';

@ApiTags('transparency-log')
@Controller('v1/audit-events')
export class GetInclusionProofHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId/inclusion-proof')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: "RFC 9162 inclusion proof of the event in the ledger's Merkle tree (default: the latest checkpoint's size)" })
  @ApiParam({ name: 'eventId', format: 'uuid' })
  get(
    @Param('eventId', AuditEventIdPipe) eventId: string,
    @QueryString() params: GetInclusionProofRequestDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<InclusionProof> {
    return this.queries.execute(new GetInclusionProofQuery(principal.ledgerId, eventId, params.tree_size));
  }
}
