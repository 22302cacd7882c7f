import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/index.js';
import type { ConsoleAsset, ConsoleAssets } from './console-assets.js';
import { consoleHeaders } from './console-headers.js';

/** DI token of the built console (undefined when it was not built). */
export const CONSOLE_ASSETS = Symbol('CONSOLE_ASSETS');

/**
 * The auditor console at /console: public (it holds no data; it calls the API with the key the
 * auditor types), from the files `npm run build` made, with its CSP and cache headers.
 */
@ApiExcludeController()
@Controller('console')
export class ConsoleHttpController {
  constructor(@Inject(CONSOLE_ASSETS) private readonly console: ConsoleAssets | undefined) {}

  @Get()
  @Public()
  index(@Res() reply: FastifyReply): void {
    if (!this.console) throw new NotFoundException('The auditor console was not built: run `npm run build`.');
    send(reply, this.console.index, 'index');
  }

  @Get('assets/:file')
  @Public()
  asset(@Param('file') file: string, @Res() reply: FastifyReply): void {
    const asset = this.console?.assets.get(file);
    if (!asset) throw new NotFoundException(`No console asset ${file}.`);
    send(reply, asset, 'asset');
  }
}

function send(reply: FastifyReply, asset: ConsoleAsset, kind: 'index' | 'asset'): void {
  void reply.headers(consoleHeaders(kind)).type(asset.contentType).send(asset.body);
}
