import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { inServedOrder, type AuditEventInput, type AuditRecord } from '#ledger-domain';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { IDEMPOTENCY_REPLAYED, IdempotencyKey } from '../idempotency-key/idempotency-key.header.js';
import { RecordAuditEventCommand } from './record-audit-event.command.js';
import { AuditEventBodyPipe } from './audit-event-body.pipe.js';
import { RecordAuditEventRequestDto } from './record-audit-event.request.dto.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class RecordAuditEventHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('audit:write')
  @ApiOperation({ summary: 'Append one audit event to the caller’s ledger' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '≤ 255 visible ASCII characters' })
  @ApiBody({ type: RecordAuditEventRequestDto })
  @ApiResponse({ status: 201, description: 'Stored; body is the full sealed record' })
  @ApiResponse({ status: 200, description: 'Replay of an earlier request with the same Idempotency-Key (header Idempotency-Replayed: true)' })
  async record(
    // An interface type: the global ValidationPipe leaves it to AuditEventBodyPipe (no deep copy).
    @Body(AuditEventBodyPipe) body: AuditEventInput,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuditRecord> {
    const outcome = await this.commands.execute(new RecordAuditEventCommand(principal.ledgerId, body, idempotencyKey));
    const record = outcome.records[0]!;
    reply.header('Location', `/v1/audit-events/${record.eventId}`);
    if (outcome.replayed) reply.status(200).header(IDEMPOTENCY_REPLAYED, 'true');
    // Member for member the text GET serves, so a client may keep either.
    return inServedOrder(record);
  }
}
