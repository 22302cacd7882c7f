import { Injectable } from '@nestjs/common';
import { IntegrityFindings } from '#read-models';
import { ReadinessCheck, type ReadinessResult } from './readiness-check.js';

/**
 * Degraded (not ready) while the scrubber has open findings: the log, its envelope and the read
 * models disagree somewhere, so answers may not be what the log holds. The summary names ledgers,
 * first sequences and kinds (no content); GET /v1/admin/integrity lists the findings.
 */
@Injectable()
export class IntegrityReadinessCheck extends ReadinessCheck {
  readonly name = 'integrity';

  constructor(private readonly findings: IntegrityFindings) {
    super();
  }

  async check(): Promise<ReadinessResult> {
    const summary = this.findings.summary();
    if (summary.openFindings === 0) return { ready: true };
    return { ready: false, detail: { ...summary } };
  }
}
