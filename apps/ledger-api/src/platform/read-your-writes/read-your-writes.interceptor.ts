import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, switchMap, type Observable } from 'rxjs';
import { REQUIRED_SCOPES } from '../auth/auth.decorators.js';
import type { Scope } from '../config/index.js';
import { ReadYourWritesBarrier } from './read-your-writes.barrier.js';

/**
 * Read-your-writes, applied in this one place: every route that reads the ledger (scope
 * audit:read) waits on the barrier before its handler runs, so a read issued after a 201 sees
 * the write. Handlers never call the barrier themselves.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly barrier: ReadYourWritesBarrier,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const scopes = this.reflector.getAllAndOverride<Scope[] | undefined>(REQUIRED_SCOPES, [context.getHandler(), context.getClass()]);
    if (!scopes?.includes('audit:read')) return next.handle();
    return from(this.barrier.wait()).pipe(switchMap(() => next.handle()));
  }
}
