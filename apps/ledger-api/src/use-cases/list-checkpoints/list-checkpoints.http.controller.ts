import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { InvalidCursorError } from '#ledger-domain';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { ListCheckpointsQuery, type CheckpointPage } from './list-checkpoints.query.js';
import { ListCheckpointsRequestDto } from './list-checkpoints.request.dto.js';
import { ListCheckpointsResponseDto } from './list-checkpoints.response.dto.js';

@ApiTags('transparency-log')
@Controller('v1/ledger/checkpoints')
export class ListCheckpointsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'Every signed checkpoint of the ledger, newest first, with its note' })
  @ApiOkResponse({ type: ListCheckpointsResponseDto, description: 'One page, largest tree size first' })
  @ApiProblemResponses({ status: 400, description: 'A bad limit, or a cursor that is not a previous nextCursor (`LEDGER.INVALID_CURSOR`)' })
  list(@QueryString() params: ListCheckpointsRequestDto, @CurrentPrincipal() principal: Principal): Promise<CheckpointPage> {
    // The cursor is the tree size of the last checkpoint of the previous page.
    if (params.cursor !== undefined && !/^[1-9]\d{0,15}$/.test(params.cursor)) throw new InvalidCursorError('cursor must be the nextCursor of a previous page');
    const before = params.cursor === undefined ? undefined : Number(params.cursor);
    return this.queries.execute(new ListCheckpointsQuery(principal.ledgerId, params.limit ?? 100, before));
  }
}
