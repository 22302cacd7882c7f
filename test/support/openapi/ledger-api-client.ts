import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './ledger-api.js';

/** A client of ledger-api typed by the generated OpenAPI types (ledger-api.d.ts). */
export type LedgerApiClient = Client<paths>;
export type AuditRecord = components['schemas']['AuditRecord'];
export type AuditEventInput = components['schemas']['AuditEventInput'];
export type Problem = components['schemas']['Problem'];

/**
 * What a platform team would write on top of `npm run openapi:types`: openapi-fetch over the
 * generated `paths`, the API key in X-API-Key. Paths, parameters, bodies, answers and problems are
 * all typed from the document.
 */
export function createLedgerApiClient(baseUrl: string, apiKey: string): LedgerApiClient {
  return createClient<paths>({ baseUrl, headers: { 'X-API-Key': apiKey } });
}
