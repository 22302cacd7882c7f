import { Controller, Get, Header } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { GetCheckpointQuery } from './get-checkpoint.query.js';

@ApiTags('transparency-log')
@Controller('v1/ledger')
export class GetCheckpointHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(['checkpoint', 'tlog/checkpoint'])
  @RequireScopes('audit:read')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'The latest signed checkpoint: a C2SP signed note (Ed25519) over `<origin>\\n<size>\\n<base64 root>\\n`' })
  @ApiProduces('text/plain')
  @ApiResponse({ status: 404, description: 'No checkpoint signed yet (an empty ledger)' })
  get(@CurrentPrincipal() principal: Principal): Promise<string> {
    return this.queries.execute(new GetCheckpointQuery(principal.ledgerId));
  }
}
