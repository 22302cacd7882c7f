import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequireScopes } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { RebuildProjectionCommand, type RebuildStarted } from './rebuild-projection.command.js';
import { RebuildProjectionResponseDto } from './rebuild-projection.response.dto.js';

@ApiTags('admin')
@Controller('v1/admin/projections')
export class RebuildProjectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':name/rebuild')
  @HttpCode(202)
  @RequireScopes('ops:admin')
  @ApiOperation({ summary: 'Rebuild a read model from the log into shadow tables; reads keep being served; swapped in atomically' })
  @ApiParam({ name: 'name', description: 'A read model: audit-event-index, ledger-heads, resource-lifecycles, validation-index, merkle-tiles', example: 'audit-event-index' })
  @ApiAcceptedResponse({
    type: RebuildProjectionResponseDto,
    description: 'Started; follow GET /v1/admin/projections',
    headers: { Location: { description: '/v1/admin/projections', schema: { type: 'string' } } },
  })
  @ApiProblemResponses(
    { status: 404, code: 'LEDGER.PROJECTION_NOT_FOUND', description: 'No read model of that name' },
    { status: 409, code: 'LEDGER.REBUILD_IN_PROGRESS', description: 'A rebuild of it is already running' },
  )
  async rebuild(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<RebuildStarted> {
    const started = await this.commands.execute(new RebuildProjectionCommand(name));
    reply.header('Location', '/v1/admin/projections');
    return started;
  }
}
