/** What one request costs a key's budget: allowed or not, and the numbers the client is told. */
export interface RateDecision {
  allowed: boolean;
  /** Whole requests left right now (after this one, when allowed). */
  remaining: number;
  /** Seconds until the next request is allowed (0 when one is). */
  retryAfterSeconds: number;
}

/**
 * A token bucket per API key: `perMinute` requests may come in a burst, and the budget refills
 * continuously at `perMinute` per 60 s, so a steady client at the limit is never refused while a
 * burst beyond it is. One instance per key, per process (each instance of the service counts its
 * own requests). Time is an input, in milliseconds.
 */
export class KeyRateLimiter {
  private tokens: number;
  private updatedAt: number | undefined;

  constructor(readonly perMinute: number) {
    this.tokens = perMinute;
  }

  take(now: number): RateDecision {
    if (this.updatedAt !== undefined) this.tokens = Math.min(this.perMinute, this.tokens + ((now - this.updatedAt) * this.perMinute) / 60_000);
    this.updatedAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return { allowed: true, remaining: Math.floor(this.tokens), retryAfterSeconds: 0 };
    }
    return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(((1 - this.tokens) * 60) / this.perMinute)) };
  }
}
