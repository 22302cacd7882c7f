import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { EventStore } from '#event-store';
import { Projector } from '#read-models';
import { Public } from '../auth/index.js';

/** Above this many unapplied log positions, reads would wait: report not ready. */
const MAX_READY_LAG = 100_000;

@ApiTags('operations')
@Controller()
export class HealthHttpController {
  constructor(
    private readonly store: EventStore,
    private readonly projector: Projector,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @Public()
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the store answers and the read models keep up with the log. */
  @Get('readyz')
  @Public()
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    let storeReady = true;
    let head = 0;
    try {
      await this.store.ping();
      head = await this.store.headPosition();
    } catch {
      storeReady = false;
    }
    const projector = this.projector.status();
    const lag = Math.max(0, head - projector.checkpoint);
    const projectorReady = projector.running && projector.lastError === null && lag <= MAX_READY_LAG;
    const ready = storeReady && projectorReady;
    reply.status(ready ? 200 : 503);
    return {
      status: ready ? 'ready' : 'not-ready',
      checks: {
        store: { ready: storeReady },
        projector: { ready: projectorReady, lagEvents: lag, checkpoint: projector.checkpoint, lastError: projector.lastError },
      },
    };
  }
}
