import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import type { Scope } from '../config/index.js';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator.js';
import { API_KEY_SECURITY, BEARER_SECURITY } from '../openapi/security-schemes.js';
import type { Principal } from './principal.js';

export const IS_PUBLIC = 'ledger:isPublic';
export const REQUIRED_SCOPES = 'ledger:requiredScopes';
export const ANY_OF_SCOPES = 'ledger:anyOfScopes';

/** The route needs no API key (health, readiness, API docs); the OpenAPI document says none. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * What the OpenAPI document says of a keyed route: one security requirement per way of sending
 * the key (X-API-Key, or Authorization: Bearer) and per acceptable scope set (OpenAPI 3.1 lets an
 * apiKey/http requirement list the roles it needs), and the guard's 401, 403 and 429 answers.
 */
function documentKeyed(scopeSets: Scope[][]) {
  return applyDecorators(
    ...scopeSets.flatMap((scopes) => [ApiSecurity(API_KEY_SECURITY, scopes), ApiSecurity(BEARER_SECURITY, scopes)]),
    ApiProblemResponses(401, 403, 429),
  );
}

/** The caller's key must carry every one of these scopes (403 otherwise). */
export const RequireScopes = (...scopes: Scope[]) => applyDecorators(SetMetadata(REQUIRED_SCOPES, scopes), documentKeyed([scopes]));

/**
 * The caller's key must carry at least one of these scopes (403 otherwise): for routes that answer
 * an operator (ops:admin, every ledger) and a ledger's admin (ledger:admin, that ledger only) alike.
 */
export const RequireAnyScope = (...scopes: Scope[]) =>
  applyDecorators(SetMetadata(ANY_OF_SCOPES, scopes), documentKeyed(scopes.map((scope) => [scope])));

/** The authenticated caller, set by ApiKeyGuard. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
