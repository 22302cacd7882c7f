import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScopes } from '../../platform/auth/index.js';
import { LedgerCheckpoints } from '../../platform/transparency-log/ledger-checkpoints.js';

/**
 * The verifier key checkpoints are signed with. A convenience only: an auditor pins the key from
 * a source other than this service (a key served by the server it checks proves nothing).
 */
@ApiTags('transparency-log')
@Controller('v1/ledger')
export class GetCheckpointKeyHttpController {
  constructor(private readonly checkpoints: LedgerCheckpoints) {}

  @Get('checkpoint-key')
  @RequireScopes('audit:read')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @ApiOperation({ summary: 'The verifier key of the checkpoints (`<name>+<hex hash>+<base64 key>`); pin it out of band' })
  @ApiOkResponse({
    description: 'The verifier key, one line',
    content: { 'text/plain': { schema: { type: 'string' }, example: 'audit-ledger.localhost+1a2b3c4d+AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpQqRrSsTtUuVvWwXx\n' } },
  })
  get(): string {
    return `${this.checkpoints.verifierKey}\n`;
  }
}
