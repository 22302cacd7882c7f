import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EventStore } from '#event-store';
import { ProjectionRunner } from '#read-models';
import { CurrentPrincipal, RequireAnyScope, type Principal } from '../auth/index.js';
import { LedgerMetrics } from './ledger-metrics.js';
import { metricsOfLedger } from './metrics-of-ledger.js';

/**
 * GET /metrics: Prometheus text format. An operator key (ops:admin) sees every series; a ledger's
 * admin key (ledger:admin) only the series of its own ledger.
 */
@ApiTags('operations')
@Controller('metrics')
export class MetricsHttpController {
  constructor(
    private readonly metrics: LedgerMetrics,
    private readonly store: EventStore,
    private readonly projector: ProjectionRunner,
  ) {}

  @Get()
  @RequireAnyScope('ops:admin', 'ledger:admin')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({
    operationId: 'getMetrics',
    summary: "Prometheus metrics: every series for an operator key (ops:admin), only its own ledger's series for a ledger's admin key (ledger:admin)",
  })
  @ApiOkResponse({
    description: 'Prometheus text exposition format 0.0.4',
    content: {
      'text/plain': {
        schema: { type: 'string' },
        example: '# HELP ledger_appended_events_total Audit events durably appended\n# TYPE ledger_appended_events_total counter\nledger_appended_events_total{ledger="default"} 1\n',
      },
    },
  })
  async scrape(@CurrentPrincipal() principal: Principal): Promise<string> {
    this.metrics.setProjectorState(this.projector.checkpoint, await this.store.headPosition());
    const exposition = await this.metrics.registry.metrics();
    return principal.scopes.has('ops:admin') ? exposition : metricsOfLedger(exposition, principal.ledgerId);
  }
}
