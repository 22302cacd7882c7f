import { Controller, Get, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { InvalidCursorError } from '#ledger-domain';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ListCheckpointsQuery, type CheckpointPage } from './list-checkpoints.query.js';
import { ListCheckpointsRequestDto } from './list-checkpoints.request.dto.js';

@ApiTags('transparency-log')
@Controller('v1/ledger/checkpoints')
export class ListCheckpointsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'Every signed checkpoint of the ledger, newest first, with its note' })
  list(@QueryString() params: ListCheckpointsRequestDto, @CurrentPrincipal() principal: Principal): Promise<CheckpointPage> {
    // The cursor is the tree size of the last checkpoint of the previous page.
    if (params.cursor !== undefined && !/^[1-9]\d{0,15}$/.test(params.cursor)) throw new InvalidCursorError('cursor must be the nextCursor of a previous page');
    const before = params.cursor === undefined ? undefined : Number(params.cursor);
    return this.queries.execute(new ListCheckpointsQuery(principal.ledgerId, params.limit ?? 100, before));
  }
}
