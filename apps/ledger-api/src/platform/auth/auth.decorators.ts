import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Scope } from '../config/index.js';
import type { Principal } from './principal.js';

export const IS_PUBLIC = 'ledger:isPublic';
export const REQUIRED_SCOPES = 'ledger:requiredScopes';
export const ANY_OF_SCOPES = 'ledger:anyOfScopes';

/** The route needs no API key (health, readiness, API docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller's key must carry every one of these scopes (403 otherwise). */
export const RequireScopes = (...scopes: Scope[]) => SetMetadata(REQUIRED_SCOPES, scopes);

/**
 * The caller's key must carry at least one of these scopes (403 otherwise): for routes that answer
 * an operator (ops:admin, every ledger) and a ledger's admin (ledger:admin, that ledger only) alike.
 */
export const RequireAnyScope = (...scopes: Scope[]) => SetMetadata(ANY_OF_SCOPES, scopes);

/** The authenticated caller, set by ApiKeyGuard. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
