import type { ProjectorStatus } from './projector-status.js';

/**
 * What the service needs of whatever keeps its read models (DI token): the in-process
 * {@link Projector}, or the service's projection worker thread that runs one.
 */
export abstract class ProjectionRunner {
  /** Every projection has applied the log up to this position. */
  abstract get checkpoint(): number;

  /** Starts consuming in the background; resolves once the read-model tables exist. */
  abstract start(): Promise<void>;

  /** Stops after the batch in flight has committed; pending waits resolve false. */
  abstract stop(): Promise<void>;

  /**
   * Resolves true as soon as every projection has applied `position`, false after `timeoutMs`
   * or when the runner stops.
   */
  abstract waitForPosition(position: number, timeoutMs: number): Promise<boolean>;

  abstract status(): ProjectorStatus;
}
