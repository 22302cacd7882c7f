import { Injectable } from '@nestjs/common';
import { ProjectionRunner } from '#read-models';
import { AppendObserver } from '#ledger-writer';
import { LedgerMetrics } from '../observability/index.js';

/** Feeds every group commit into the Prometheus metrics, and wakes the projection worker. */
@Injectable()
export class LedgerAppendObserver extends AppendObserver {
  constructor(
    private readonly metrics: LedgerMetrics,
    private readonly projector: ProjectionRunner,
  ) {
    super();
  }

  committed(ledgerId: string, events: number, seconds: number, position: number): void {
    if (events === 0) return;
    this.metrics.observeAppend(ledgerId, events, seconds);
    this.metrics.observeGroupCommit(events);
    this.projector.notifyCommitted(position);
  }
}
