import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { inServedOrder, type AuditRecord } from '#ledger-domain';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { IDEMPOTENCY_REPLAYED, IdempotencyKey } from '../idempotency-key/idempotency-key.header.js';
import { RecordAuditEventBatchCommand } from './record-audit-event-batch.command.js';
import { RecordAuditEventBatchRequestDto } from './record-audit-event-batch.request.dto.js';

@ApiTags('audit-events')
@Controller('v1/audit-events/batch')
export class RecordAuditEventBatchHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('audit:write')
  @ApiOperation({ summary: 'Append up to 1000 audit events atomically' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '≤ 255 visible ASCII characters' })
  @ApiBody({ type: RecordAuditEventBatchRequestDto })
  @ApiResponse({ status: 201, description: 'All stored with contiguous sequences' })
  @ApiResponse({ status: 200, description: 'Replay of an earlier batch with the same Idempotency-Key (header Idempotency-Replayed: true)' })
  async record(
    // Not a class type: the global ValidationPipe leaves it alone; the handler validates each event.
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ auditEvents: AuditRecord[] }> {
    const outcome = await this.commands.execute(
      new RecordAuditEventBatchCommand(principal.ledgerId, body, idempotencyKey),
    );
    if (outcome.replayed) reply.status(200).header(IDEMPOTENCY_REPLAYED, 'true');
    return { auditEvents: outcome.records.map(inServedOrder) };
  }
}
