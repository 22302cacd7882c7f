import { Injectable } from '@nestjs/common';
import { ReadinessCheck, type ReadinessResult } from '../health/readiness-check.js';
import { LedgerLifecycle } from './ledger-lifecycle.js';

/** Not ready from SIGTERM on: load balancers stop sending traffic while the service still serves it (the drain). */
@Injectable()
export class ShutdownReadinessCheck extends ReadinessCheck {
  readonly name = 'shutdown';

  constructor(private readonly lifecycle: LedgerLifecycle) {
    super();
  }

  async check(): Promise<ReadinessResult> {
    return this.lifecycle.draining ? { ready: false, detail: { draining: true } } : { ready: true };
  }
}
