import type { ProjectionStatus } from './rebuild-status.js';

/** What the admin API and the CLI need to rebuild read models of a running service (DI token). */
export abstract class ProjectionAdmin {
  /**
   * Starts rebuilding the read model `name` into a new generation; it is swapped in once caught up.
   * @throws ProjectionNotFoundError for an unknown name; RebuildInProgressError while one runs.
   */
  abstract rebuild(name: string): Promise<{ generation: number }>;

  /** Every read model's live generation, checkpoint and last rebuild. */
  abstract projections(): ProjectionStatus[];
}
