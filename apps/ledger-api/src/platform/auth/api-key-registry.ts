import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiKeyConfig } from '../config/index.js';
import { KeyRateLimiter } from './key-rate-limiter.js';
import type { Principal } from './principal.js';

interface RegisteredKey {
  digest: Buffer;
  principal: Principal;
}

/** The configured API keys, by SHA-256 only. */
export class ApiKeyRegistry {
  private readonly keys: RegisteredKey[];
  private readonly limiters = new Map<Principal, KeyRateLimiter>();

  constructor(configs: readonly ApiKeyConfig[]) {
    this.keys = configs.map((config) => {
      const principal: Principal = { ledgerId: config.ledgerId, scopes: new Set(config.scopes), keyId: config.keySha256.slice(0, 12) };
      if (config.rateLimitPerMinute !== undefined) this.limiters.set(principal, new KeyRateLimiter(config.rateLimitPerMinute));
      return { digest: Buffer.from(config.keySha256, 'hex'), principal };
    });
  }

  /** The rate limiter of an authenticated key, or undefined when the key is unlimited. */
  rateLimiterOf(principal: Principal): KeyRateLimiter | undefined {
    return this.limiters.get(principal);
  }

  /**
   * The principal of a presented key, or undefined. Compares the key's SHA-256 with every
   * configured digest in constant time and without stopping at a match, so timing reveals nothing.
   */
  authenticate(presented: string): Principal | undefined {
    const digest = createHash('sha256').update(presented).digest();
    let found: Principal | undefined;
    for (const key of this.keys) {
      if (timingSafeEqual(digest, key.digest) && found === undefined) found = key.principal;
    }
    return found;
  }
}
