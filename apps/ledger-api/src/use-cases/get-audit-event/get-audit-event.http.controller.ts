import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { AuditRecordResponseDto } from '../record-audit-event/audit-record.response.dto.js';
import { AuditEventIdPipe } from './audit-event-id.pipe.js';
import { GetAuditEventQuery } from './get-audit-event.query.js';
import { noneMatch, recordEtag } from './record-etag.js';

/** Records never change: a client or cache may keep one for good (private: it is one ledger's data). */
const IMMUTABLE = 'private, max-age=31536000, immutable';

@ApiTags('audit-events')
@Controller('v1/audit-events')
export class GetAuditEventHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':eventId')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'One audit event, exactly as stored (wire contract v1)' })
  @ApiParam({ name: 'eventId', format: 'uuid', example: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer: 304 when it names this record' })
  @ApiOkResponse({
    type: AuditRecordResponseDto,
    description: 'The record (wire contract v1, docs/INTEGRITY.md), exactly as stored; immutable',
    headers: {
      ETag: { description: 'Strong: `"<hash>"`', schema: { type: 'string' } },
      'Cache-Control': { description: '`private, max-age=31536000, immutable`', schema: { type: 'string' } },
    },
  })
  @ApiResponse({ status: 304, description: 'If-None-Match named this record’s ETag (no body)' })
  @ApiProblemResponses({ status: 400, code: 'LEDGER.REQUEST_INVALID', description: 'eventId is not a UUID', violation: { path: 'eventId', message: 'eventId must be a UUID' } }, { status: 404, description: 'Unknown, or in another ledger' })
  async get(
    @Param('eventId', AuditEventIdPipe) eventId: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    // The read model holds the record's JSON as served: send it without parsing and re-serializing.
    const json: string = await this.queries.execute(new GetAuditEventQuery(principal.ledgerId, eventId));
    const etag = recordEtag(json);
    if (etag) reply.header('etag', etag).header('cache-control', IMMUTABLE);
    if (etag && noneMatch(ifNoneMatch, etag)) {
      reply.status(304);
      return '';
    }
    reply.type('application/json; charset=utf-8');
    return json;
  }
}
