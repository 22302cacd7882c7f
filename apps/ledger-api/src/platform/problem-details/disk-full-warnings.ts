import type { FastifyBaseLogger } from 'fastify';

/** A disk-full episode ends when no append has hit a full disk for this long. */
const EPISODE_GAP_MS = 60_000;

/**
 * Logs a full disk at `warn` on its first refused append and every 100th after it, so that an
 * operator learns of it at once without one line per refused request; a new episode (after a
 * minute without one) starts counting again.
 */
export class DiskFullWarnings {
  private occurrences = 0;
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  record(log: FastifyBaseLogger): void {
    const at = this.now();
    if (at - this.lastAt > EPISODE_GAP_MS) this.occurrences = 0;
    this.lastAt = at;
    this.occurrences++;
    if (this.occurrences % 100 !== 1) return;
    log.warn(
      { code: 'STORE.DISK_FULL', occurrences: this.occurrences },
      `the disk holding the event log is full: appends are refused with 503 STORE.DISK_FULL until space is freed (${this.occurrences} refused so far)`,
    );
  }
}
