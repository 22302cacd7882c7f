import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MissingApiKeyError, MissingScopeError, RateLimitedError, UnknownApiKeyError } from '#ledger-domain';
import type { Scope } from '../config/index.js';
import { ApiKeyRegistry } from './api-key-registry.js';
import { ANY_OF_SCOPES, IS_PUBLIC, REQUIRED_SCOPES } from './auth.decorators.js';
import { presentedApiKey } from './presented-api-key.js';

/**
 * Global guard: every route needs a valid API key (X-API-Key or Authorization: Bearer) unless marked
 * @Public(); a key's rate limit; scopes per route.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly registry: ApiKeyRegistry,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: unknown }>();
    const presented = presentedApiKey(request.headers);
    if (presented === undefined) throw new MissingApiKeyError();
    const principal = presented.length > 512 ? undefined : this.registry.authenticate(presented);
    if (!principal) throw new UnknownApiKeyError();
    const limiter = this.registry.rateLimiterOf(principal);
    if (limiter) {
      const decision = limiter.take(Date.now());
      context.switchToHttp().getResponse<FastifyReply>().header('ratelimit-limit', limiter.perMinute).header('ratelimit-remaining', decision.remaining);
      if (!decision.allowed) throw new RateLimitedError(limiter.perMinute, decision.retryAfterSeconds);
    }
    const required = this.reflector.getAllAndOverride<Scope[]>(REQUIRED_SCOPES, targets) ?? [];
    const missing = required.filter((scope) => !principal.scopes.has(scope));
    if (missing.length > 0) throw new MissingScopeError(missing);
    const anyOf = this.reflector.getAllAndOverride<Scope[] | undefined>(ANY_OF_SCOPES, targets);
    if (anyOf && !anyOf.some((scope) => principal.scopes.has(scope))) throw new MissingScopeError(anyOf, 'or');
    request.principal = principal;
    return true;
  }
}
