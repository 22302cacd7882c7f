import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RequireScopes } from '../../platform/auth/index.js';
import { RebuildProjectionCommand, type RebuildStarted } from './rebuild-projection.command.js';

@ApiTags('admin')
@Controller('v1/admin/projections')
export class RebuildProjectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':name/rebuild')
  @HttpCode(202)
  @RequireScopes('ops:admin')
  @ApiOperation({ summary: 'Rebuild a read model from the log into shadow tables; reads keep being served; swapped in atomically' })
  @ApiResponse({ status: 202, description: 'Started; follow GET /v1/admin/projections' })
  async rebuild(@Param('name') name: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<RebuildStarted> {
    const started = await this.commands.execute(new RebuildProjectionCommand(name));
    reply.header('Location', '/v1/admin/projections');
    return started;
  }
}
