import { Injectable } from '@nestjs/common';
import { AcknowledgedMarks } from '#ledger-writer';
import { ReadinessCheck, type ReadinessResult } from '../health/readiness-check.js';

/** Not ready while any ledger's log is behind what it acknowledged (names the ledger, the mark and the log). */
@Injectable()
export class AcknowledgedMarksReadinessCheck extends ReadinessCheck {
  readonly name = 'acknowledged';

  constructor(private readonly marks: AcknowledgedMarks) {
    super();
  }

  async check(): Promise<ReadinessResult> {
    const refusals = this.marks.refusals();
    if (refusals.length === 0) return { ready: true };
    return {
      ready: false,
      detail: {
        code: 'LEDGER.LOG_BEHIND_ACKNOWLEDGED',
        ledgers: refusals.map(({ ledgerId, acknowledgedSequence, acknowledgedHash, source, logLength, logHashAtSequence }) => ({
          ledgerId,
          acknowledgedSequence,
          acknowledgedHash,
          source,
          logLength,
          logHashAtSequence,
        })),
      },
    };
  }
}
