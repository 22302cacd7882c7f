import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
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
  @ApiParam({ name: 'eventId', format: 'uuid' })
  @ApiOkResponse({ description: 'The record (wire contract v1, docs/INTEGRITY.md); ETag is its hash' })
  @ApiResponse({ status: 304, description: 'If-None-Match named this record’s ETag' })
  @ApiResponse({ status: 404, description: 'Unknown, or in another ledger' })
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
