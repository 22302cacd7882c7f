import { Injectable } from '@nestjs/common';
import { EventStore } from '#event-store';
import { ProjectionRunner } from '#read-models';
import { ReadinessCheck, type ReadinessResult } from './readiness-check.js';

/** Above this many unapplied log positions, reads would wait too long: report not ready. */
export const MAX_READY_PROJECTOR_LAG = 100_000;

/**
 * Ready when the projector runs without a pending error and its read models trail the log by at
 * most MAX_READY_PROJECTOR_LAG positions. Reports the lag and checkpoint (positions, not secrets).
 */
@Injectable()
export class ProjectorReadinessCheck extends ReadinessCheck {
  readonly name = 'projector';

  constructor(
    private readonly store: EventStore,
    private readonly projector: ProjectionRunner,
  ) {
    super();
  }

  async check(): Promise<ReadinessResult> {
    const status = this.projector.status();
    let head: number | undefined;
    try {
      head = await this.store.headPosition();
    } catch {
      head = undefined;
    }
    const lag = head === undefined ? null : Math.max(0, head - status.checkpoint);
    const failing = status.lastError !== null;
    const ready = status.running && !failing && lag !== null && lag <= MAX_READY_PROJECTOR_LAG;
    return {
      ready,
      detail: {
        running: status.running,
        lagEvents: lag,
        checkpoint: status.checkpoint,
        // The projector's error message may name files or SQL: it is logged, not published.
        ...(failing ? { error: 'the projector is retrying after an error; see the service log' } : {}),
      },
    };
  }
}
