/** What GET /v1/admin/projections says of one read model. */
export interface ProjectionStatus {
  name: string;
  /** The live generation (0 until first rebuilt). */
  generation: number;
  /** The live generation has applied the log up to here. */
  checkpoint: number;
  /** The last rebuild of it in this process, if any. */
  rebuild?: RebuildStatus;
}

export interface RebuildStatus {
  state: 'running' | 'done' | 'failed';
  generation: number;
  position: number;
  targetPosition: number;
  events: number;
  eventsPerSecond: number;
  startedAt: string;
  finishedAt?: string;
  /** Why it failed (a store or file error: logged in full, summarized here). */
  error?: string;
}
