import { KeyRateLimiter } from './key-rate-limiter.js';

describe('KeyRateLimiter (a token bucket per key)', () => {
  it('allows a burst of perMinute requests, then refuses with the seconds until the next one', () => {
    const limiter = new KeyRateLimiter(3);
    expect([0, 0, 0].map((t) => limiter.take(t))).toEqual([
      { allowed: true, remaining: 2, retryAfterSeconds: 0 },
      { allowed: true, remaining: 1, retryAfterSeconds: 0 },
      { allowed: true, remaining: 0, retryAfterSeconds: 0 },
    ]);
    // 3 a minute: one request every 20 s.
    expect(limiter.take(0)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 20 });
    expect(limiter.take(15_000)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 5 });
    expect(limiter.take(20_000)).toMatchObject({ allowed: true });
  });

  it('never refuses a steady client at its limit', () => {
    const limiter = new KeyRateLimiter(120);
    for (let t = 0; t < 300_000; t += 500) expect(limiter.take(t).allowed).toBe(true);
  });

  it('refills to the burst size, not beyond', () => {
    const limiter = new KeyRateLimiter(2);
    limiter.take(0);
    expect(limiter.take(3_600_000)).toMatchObject({ allowed: true, remaining: 1 });
    expect(limiter.take(3_600_000)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.take(3_600_000)).toMatchObject({ allowed: false });
  });

  it('says at least one second, never zero, when it refuses', () => {
    const limiter = new KeyRateLimiter(600_000);
    for (let i = 0; i < 600_000; i++) limiter.take(0);
    expect(limiter.take(0)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
  });
});
