import { createHash } from 'node:crypto';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, RequireScopes, type Principal } from '../../platform/auth/index.js';
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
  @ApiProduces('application/octet-stream')
  @ApiResponse({ status: 404, description: 'Not a tile path, or a tile the tree does not hold yet' })
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
