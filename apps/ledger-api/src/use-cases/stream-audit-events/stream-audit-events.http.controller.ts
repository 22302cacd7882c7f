import { Controller, Get, Headers, Query as QueryString, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProjectionRunner, ReadModels } from '#read-models';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { LedgerConfig } from '../../platform/config/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { AuditEventFilterDto, toAuditEventFilter } from '../list-audit-events/audit-event-filter.dto.js';
import { AuditEventStream } from './audit-event-stream.js';
import { parseLastEventId } from './last-event-id.js';
import { OpenEventStreams } from './open-event-streams.js';

/** How often an idle stream sends a comment line. */
export const HEARTBEAT_MS = 15_000;

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class StreamAuditEventsHttpController {
  constructor(
    private readonly readModels: ReadModels,
    private readonly projector: ProjectionRunner,
    private readonly streams: OpenEventStreams,
    private readonly config: LedgerConfig,
  ) {}

  @Get('stream')
  @RequireScopes('audit:read')
  @ApiOperation({
    summary:
      'Server-Sent Events of the audit events matching the list filters: id = sequence, event = eventType, data = the record as stored; ' +
      'resumes after Last-Event-ID (default: the head, new events only); a comment every 15 s; a slow client gets a last `stream-ended` event and is disconnected',
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The sequence of the last event received' })
  @ApiOkResponse({
    description: 'An endless text/event-stream: one event per record (`id`, `event`, `data`), `:` comments as heartbeats, a last `stream-ended` event ({reason, lastEventId}) when the service cuts it',
    content: {
      'text/event-stream': {
        schema: { type: 'string' },
        example: 'id: 42\nevent: RULE_CREATED\ndata: {"eventId":"0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01","sequence":42,"…":"…"}\n\n',
      },
    },
  })
  @ApiProblemResponses({ status: 400, description: 'A bad filter or Last-Event-ID' }, { status: 503, description: 'LEDGER_MAX_STREAMS streams are open already (`LEDGER.TOO_MANY_STREAMS`), or the service is shutting down' })
  stream(
    @QueryString() params: AuditEventFilterDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): void {
    const after = parseLastEventId(lastEventId) ?? this.readModels.ledgerHeads.get(principal.ledgerId).headSequence;
    this.streams.reserve();
    let stream: AuditEventStream;
    try {
      stream = new AuditEventStream(this.readModels.auditEvents, this.projector, reply.raw, {
        ledgerId: principal.ledgerId,
        filter: toAuditEventFilter(params),
        afterSequence: after,
        heartbeatMs: HEARTBEAT_MS,
        writeTimeoutMs: this.config.streamWriteTimeoutMs,
      });
      // From here the response is ours, written as the stream goes: Fastify must not send one.
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        // A stream owns its connection: when it ends, the socket closes (an idle keep-alive one would hold a shutdown open).
        connection: 'close',
        'x-accel-buffering': 'no',
        'x-request-id': String(request.id),
      });
    } catch (error) {
      this.streams.release();
      throw error;
    }
    void this.streams.add(stream);
  }
}
