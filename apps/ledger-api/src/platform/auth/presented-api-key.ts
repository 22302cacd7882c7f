import type { IncomingHttpHeaders } from 'node:http';
import { ConflictingApiKeysError } from '#ledger-domain';

/** `Authorization: Bearer <key>` (RFC 6750 §2.1: the scheme in any letter case, then the token). */
const BEARER = /^bearer +(\S+) *$/i;

/**
 * The API key a request presents: its `X-API-Key` header, or the token of an `Authorization:
 * Bearer` header (as Lerian Tracer accepts). An Authorization header of another scheme is not
 * ours (a gateway's Basic credentials) and is ignored. Undefined when neither holds a key.
 * @throws ConflictingApiKeysError when both hold a key and the keys differ: which one was meant
 *   cannot be told, and neither is trusted over the other (RFC 6750 §3.1 invalid_request, 400).
 */
export function presentedApiKey(headers: IncomingHttpHeaders): string | undefined {
  const header = headers['x-api-key'];
  const apiKey = typeof header === 'string' && header.length > 0 ? header : undefined;
  const bearer = typeof headers.authorization === 'string' ? BEARER.exec(headers.authorization)?.[1] : undefined;
  if (apiKey !== undefined && bearer !== undefined && apiKey !== bearer) throw new ConflictingApiKeysError();
  return apiKey ?? bearer;
}
