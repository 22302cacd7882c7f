import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { inServedOrder, type AuditRecord } from '#ledger-domain';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { IDEMPOTENCY_REPLAYED, IdempotencyKey } from '../idempotency-key/idempotency-key.header.js';
import { RecordAuditEventBatchCommand } from './record-audit-event-batch.command.js';
import { RECORD_AUDIT_EVENT_EXAMPLES } from '../record-audit-event/record-audit-event.examples.js';
import { WRITE_PROBLEMS } from '../record-audit-event/write-problems.js';
import { RecordAuditEventBatchRequestDto } from './record-audit-event-batch.request.dto.js';
import { RecordAuditEventBatchResponseDto } from './record-audit-event-batch.response.dto.js';

@ApiTags('audit-events')
@Controller('v1/audit-events/batch')
export class RecordAuditEventBatchHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('audit:write')
  @ApiOperation({ summary: 'Append up to 1000 audit events atomically' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '≤ 255 visible ASCII characters' })
  @ApiBody({
    type: RecordAuditEventBatchRequestDto,
    examples: {
      twoEvents: {
        summary: 'Two events, stored together or not at all',
        value: { events: [RECORD_AUDIT_EVENT_EXAMPLES.ruleCreated.value, RECORD_AUDIT_EVENT_EXAMPLES.custom.value] },
      },
    },
  })
  @ApiCreatedResponse({ type: RecordAuditEventBatchResponseDto, description: 'All stored with contiguous sequences, in request order' })
  @ApiOkResponse({
    type: RecordAuditEventBatchResponseDto,
    description: 'Replay of an earlier batch with the same Idempotency-Key and body: the original records',
    headers: { 'Idempotency-Replayed': { description: 'Always `true` on a replay', schema: { type: 'string', enum: ['true'] } } },
  })
  @ApiProblemResponses(
    { status: 400, code: 'LEDGER.BATCH_INVALID', description: 'A bad event refuses the whole batch: `errors[]` paths name `events[i]`; nothing was stored' },
    ...WRITE_PROBLEMS,
  )
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
