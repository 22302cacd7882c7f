import { Injectable } from '@nestjs/common';
import { AppendObserver } from '#ledger-writer';
import { LedgerMetrics } from '../observability/index.js';

/** Feeds every group commit into the Prometheus metrics. (The store's onAfterCommit hook wakes the projection worker.) */
@Injectable()
export class LedgerAppendObserver extends AppendObserver {
  constructor(
    private readonly metrics: LedgerMetrics,
  ) {
    super();
  }

  committed(ledgerId: string, events: number, seconds: number): void {
    if (events === 0) return;
    this.metrics.observeAppend(ledgerId, events, seconds);
    this.metrics.observeGroupCommit(events);
  }
}
