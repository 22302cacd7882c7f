import type { SecuritySchemeObject } from '@nestjs/swagger';

/** Name of the X-API-Key header scheme in the OpenAPI document. */
export const API_KEY_SECURITY = 'api-key';
/** Name of the `Authorization: Bearer <key>` scheme: the same API key, sent as a bearer token. */
export const BEARER_SECURITY = 'bearer';

/** The two ways of sending an API key; a keyed operation accepts either (one requirement each). */
export const SECURITY_SCHEMES: Record<string, SecuritySchemeObject> = {
  [API_KEY_SECURITY]: {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
    description: 'An API key of LEDGER_API_KEYS. The key decides the ledger: a key only ever sees its own ledger (an operator key, ledgerId "*", sees only what all ledgers share).',
  },
  [BEARER_SECURITY]: {
    type: 'http',
    scheme: 'bearer',
    description: 'The same API key as `Authorization: Bearer <key>` (for clients such as Prometheus that cannot set X-API-Key).',
  },
};
