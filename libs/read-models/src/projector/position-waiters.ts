/** Callers waiting for a checkpoint to reach a position; woken by {@link reached}, never by polling. */
export class PositionWaiters {
  private readonly waiting = new Set<{ position: number; settle: (reached: boolean) => void }>();

  /** Resolves true once `reached(≥ position)` is called (at once if `checkpoint` is there), false after `timeoutMs`. */
  wait(position: number, checkpoint: number, timeoutMs: number): Promise<boolean> {
    if (checkpoint >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        position,
        settle: (reached: boolean) => {
          clearTimeout(timer);
          this.waiting.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => waiter.settle(false), timeoutMs);
      this.waiting.add(waiter);
    });
  }

  reached(checkpoint: number): void {
    for (const waiter of this.waiting) if (waiter.position <= checkpoint) waiter.settle(true);
  }

  settleAll(reached: boolean): void {
    for (const waiter of this.waiting) waiter.settle(reached);
  }
}
