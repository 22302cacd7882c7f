import { createHash } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
import { ApiProblemResponses } from '../../platform/openapi/index.js';
import { GetTlogTileQuery } from './get-tlog-tile.query.js';

const PREFIX = '/v1/ledger/tlog/';

/**
 * The C2SP tlog-tiles read API of the caller's ledger: `tile/<L>/<N>[.p/<W>]` (hash tiles) and
 * `tile/entries/<N>[.p/<W>]` (entry bundles: each leaf's 32 bytes with a uint16 length). A tile
 * never changes once it exists, full or partial: long-lived caching, a strong ETag.
 */
@ApiTags('transparency-log')
@Controller('v1/ledger/tlog')
export class GetTlogTileHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get('tile/*')
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'A C2SP tlog-tiles hash tile or entry bundle (binary)' })
  @ApiParam({
    name: 'path',
    description: 'The rest of the C2SP tile path, slashes unescaped: `<L>/<N>[.p/<W>]` (hash tile) or `entries/<N>[.p/<W>]` (entry bundle); `<N>` in groups of three digits (`x001/234`)',
    schema: { type: 'string' },
    example: '0/000.p/1',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer: 304 when it names this tile' })
  @ApiOkResponse({
    description: 'The tile’s bytes (a hash tile: 32 bytes per hash; an entry bundle: each leaf with a uint16 length)',
    headers: {
      ETag: { description: 'Strong: base64url SHA-256 of the bytes', schema: { type: 'string' } },
      'Cache-Control': { description: '`private, max-age=31536000, immutable`', schema: { type: 'string' } },
    },
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiResponse({ status: 304, description: 'If-None-Match named this tile’s ETag (no body)' })
  @ApiProblemResponses({ status: 404, code: 'LEDGER.TILE_NOT_FOUND', description: 'Not a tile path, or a tile the tree does not hold yet' })
  async get(@Req() request: FastifyRequest, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const url = request.url.split('?')[0]!;
    const bytes = await this.queries.execute(new GetTlogTileQuery(principal.ledgerId, url.slice(PREFIX.length)));
    const etag = `"${createHash('sha256').update(bytes).digest('base64url')}"`;
    reply.type('application/octet-stream');
    reply.header('ETag', etag);
    // Immutable for this ledger, but only its keys may read it.
    reply.header('Cache-Control', 'private, max-age=31536000, immutable');
    if (request.headers['if-none-match'] === etag) {
      reply.status(304);
      return Buffer.alloc(0);
    }
    return bytes;
  }
}
