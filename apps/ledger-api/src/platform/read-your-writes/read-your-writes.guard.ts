import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { REQUIRED_SCOPES } from '../auth/auth.decorators.js';
import type { Scope } from '../config/index.js';
import { ReadYourWritesBarrier } from './read-your-writes.barrier.js';

/**
 * Read-your-writes, applied in this one place: every route that reads the ledger (scope
 * audit:read) waits on the barrier before its handler runs, so a read issued after a 201 sees
 * the write (the API-key guard refuses unauthenticated requests whichever runs first). A guard, not
 * an interceptor: a global interceptor puts every request of the service on Nest's RxJS path,
 * which measured a third of GET-by-id throughput; this costs one comparison when caught up.
 */
@Injectable()
export class ReadYourWritesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (this.barrier.caughtUp()) return true;
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(REQUIRED_SCOPES, [context.getHandler(), context.getClass()]);
    if (!scopes?.includes('audit:read')) return true;
    return this.barrier.wait().then(() => true);
  }
}
