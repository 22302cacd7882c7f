import { Controller, Get, Header } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
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
  @ApiOkResponse({
    description: 'The signed note: origin, tree size, base64 Merkle root, a blank line, one signature line per key',
    headers: { 'Cache-Control': { description: '`no-cache`', schema: { type: 'string' } } },
    content: { 'text/plain': { schema: { type: 'string' }, example: 'audit-ledger.localhost/default\n1\nmx8sPU5fYHGCk6S1xtfo+QobLD1OX2BxgpOktcbX6Pk=\n\n— audit-ledger.localhost Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyCE7cLQ7iPkpHQ=\n' } },
  })
  @ApiProblemResponses(
    { status: 404, code: 'LEDGER.CHECKPOINT_NOT_FOUND', description: 'No checkpoint signed yet (an empty ledger)' },
    { status: 503, code: 'LEDGER.LOG_CONTRADICTS_CHECKPOINT', description: 'The log contradicts a checkpoint already signed (an operator must investigate), or the service is shutting down' },
  )
  get(@CurrentPrincipal() principal: Principal): Promise<string> {
    return this.queries.execute(new GetCheckpointQuery(principal.ledgerId));
  }
}
