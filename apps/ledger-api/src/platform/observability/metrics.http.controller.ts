import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { EventStore } from '#event-store';
import { ProjectionRunner } from '#read-models';
import { RequireScopes } from '../auth/index.js';
import { LedgerMetrics } from './ledger-metrics.js';

/** GET /metrics: Prometheus text format (scope ledger:admin). */
@ApiExcludeController()
@Controller('metrics')
export class MetricsHttpController {
  constructor(
    private readonly metrics: LedgerMetrics,
    private readonly store: EventStore,
    private readonly projector: ProjectionRunner,
  ) {}

  @Get()
  @RequireScopes('ledger:admin')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    this.metrics.setProjectorState(this.projector.checkpoint, await this.store.headPosition());
    return this.metrics.registry.metrics();
  }
}
