import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { inServedOrder, type AuditEventInput, type AuditRecord } from '#ledger-domain';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { IDEMPOTENCY_REPLAYED, IdempotencyKey } from '../idempotency-key/idempotency-key.header.js';
import { RecordAuditEventCommand } from './record-audit-event.command.js';
import { AuditEventBodyPipe } from './audit-event-body.pipe.js';
import { AuditRecordResponseDto } from './audit-record.response.dto.js';
import { RECORD_AUDIT_EVENT_EXAMPLES } from './record-audit-event.examples.js';
import { RecordAuditEventRequestDto } from './record-audit-event.request.dto.js';
import { WRITE_PROBLEMS } from './write-problems.js';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class RecordAuditEventHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('audit:write')
  @ApiOperation({ summary: 'Append one audit event to the caller’s ledger' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '≤ 255 visible ASCII characters' })
  @ApiBody({ type: RecordAuditEventRequestDto, examples: RECORD_AUDIT_EVENT_EXAMPLES })
  @ApiCreatedResponse({
    type: AuditRecordResponseDto,
    description: 'Stored; the body is the sealed record, in exactly the text GET /v1/audit-events/{eventId} serves',
    headers: { Location: { description: '/v1/audit-events/{eventId}', schema: { type: 'string' } } },
  })
  @ApiOkResponse({
    type: AuditRecordResponseDto,
    description: 'Replay of an earlier request with the same Idempotency-Key and body: the original record',
    headers: {
      Location: { description: '/v1/audit-events/{eventId}', schema: { type: 'string' } },
      'Idempotency-Replayed': { description: 'Always `true` on a replay', schema: { type: 'string', enum: ['true'] } },
    },
  })
  @ApiProblemResponses({ status: 400, code: 'LEDGER.AUDIT_EVENT_INVALID' }, ...WRITE_PROBLEMS)
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
