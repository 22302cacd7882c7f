import { Controller, Get, HttpCode, Inject, Optional, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/index.js';
import { HealthResponseDto } from './health.response.dto.js';
import { READINESS_CHECKS, type ReadinessCheck, type ReadinessResult } from './readiness-check.js';
import { ReadinessResponseDto } from './readiness.response.dto.js';

/** DI token: how long one readiness check may take before it counts as not ready (default 2000 ms). */
export const READINESS_CHECK_TIMEOUT_MS = Symbol('READINESS_CHECK_TIMEOUT_MS');

export interface ReadinessReport {
  status: 'ready' | 'not-ready';
  checks: Record<string, { ready: boolean } & Record<string, unknown>>;
}

/** Liveness and readiness probes; public, and not logged per request. */
@ApiTags('operations')
@Controller()
export class HealthHttpController {
  constructor(
    @Inject(READINESS_CHECKS) private readonly checks: readonly ReadinessCheck[],
    @Optional() @Inject(READINESS_CHECK_TIMEOUT_MS) private readonly timeoutMs: number = 2000,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  @Public()
  @HttpCode(200)
  @ApiOperation({ operationId: 'getHealth', summary: 'Liveness: the process answers (no key needed)' })
  @ApiOkResponse({ type: HealthResponseDto, description: 'Alive' })
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: 200 when every check is ready, else 503; each check's result by name. */
  @Get('readyz')
  @Public()
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: the store answers, the read models keep up, no log contradicts a signed checkpoint (no key needed)' })
  @ApiOkResponse({ type: ReadinessResponseDto, description: 'Ready' })
  @ApiServiceUnavailableResponse({ type: ReadinessResponseDto, description: 'Not ready: which check is not, and why (while shutting down: a Problem with code LEDGER.SHUTTING_DOWN)' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const results = await Promise.all(this.checks.map((check) => this.run(check)));
    const checks: ReadinessReport['checks'] = {};
    this.checks.forEach((check, i) => (checks[check.name] = { ready: results[i]!.ready, ...results[i]!.detail }));
    const ready = results.every((result) => result.ready);
    reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', checks };
  }

  private async run(check: ReadinessCheck): Promise<ReadinessResult> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<ReadinessResult>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, detail: { error: `no answer within ${this.timeoutMs} ms` } }), this.timeoutMs);
    });
    try {
      // A failing check's message may name hosts or files: /readyz is public, so only "failed" is said.
      return await Promise.race([check.check().catch((): ReadinessResult => ({ ready: false, detail: { error: 'check failed' } })), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
