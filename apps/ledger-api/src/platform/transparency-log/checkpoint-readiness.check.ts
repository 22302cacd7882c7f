import { Injectable } from '@nestjs/common';
import { ReadinessCheck, type ReadinessResult } from '../health/readiness-check.js';
import { LedgerCheckpoints } from './ledger-checkpoints.js';

/** Not ready while any ledger's log contradicts one of its signed checkpoints (names the ledger and the sizes). */
@Injectable()
export class CheckpointReadinessCheck extends ReadinessCheck {
  readonly name = 'checkpoints';

  constructor(private readonly checkpoints: LedgerCheckpoints) {
    super();
  }

  async check(): Promise<ReadinessResult> {
    const contradictions = this.checkpoints.contradictions();
    if (contradictions.length === 0) return { ready: true };
    return {
      ready: false,
      detail: {
        code: 'LEDGER.LOG_CONTRADICTS_CHECKPOINT',
        ledgers: contradictions.map(({ ledgerId, reason, checkpointSize, logLength, treeSize }) => ({ ledgerId, reason, checkpointSize, logLength, treeSize })),
      },
    };
  }
}
