import { Injectable } from '@nestjs/common';
import { LedgerMetrics } from '../observability/index.js';
import { AppendObserver } from '../ledger-writer/append-observer.js';

/** Feeds every group commit into the Prometheus metrics. */
@Injectable()
export class MetricsAppendObserver extends AppendObserver {
  constructor(private readonly metrics: LedgerMetrics) {
    super();
  }

  committed(ledgerId: string, events: number, seconds: number): void {
    if (events === 0) return;
    this.metrics.observeAppend(ledgerId, events, seconds);
    this.metrics.observeGroupCommit(events);
  }
}
