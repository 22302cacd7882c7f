import type { ProjectionStatus } from '../rebuild/rebuild-status.js';

/** What /readyz and the projector-lag metric report. */
export interface ProjectorStatus {
  /** Started and not stopping. */
  running: boolean;
  /** Every projection has applied the log up to here. */
  checkpoint: number;
  /** Position of the last event received from the store (≥ checkpoint; the gap is in flight). */
  lastSeenPosition: number;
  /** When the last batch committed (ISO 8601), null before the first. */
  lastAppliedAt: string | null;
  /** Why the last attempt failed; null once a batch commits or the projector is caught up again. */
  lastError: string | null;
  /** Each read model's live generation, checkpoint and last rebuild (the projection worker reports them). */
  projections?: ProjectionStatus[];
}
