import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Path of the committed client types, from the repository root. */
export const OPENAPI_TYPES_FILE = 'test/support/openapi/ledger-api.d.ts';

const HEADER = '// Generated from the OpenAPI document of ledger-api by `npm run openapi:types` (openapi-typescript). Do not edit.\n\n';

/**
 * The TypeScript types openapi-typescript makes of `document` (`paths`, `components`,
 * `operations`), as the text of a .d.ts file. Deterministic for a given document, so a committed
 * copy can be compared with a fresh one. (Tooling only: openapi-typescript is a devDependency.)
 */
export async function openApiTypes(document: object): Promise<string> {
  // defaultNonNullable off: a request member with a default (metadata: {}) stays optional to send.
  const nodes = await openapiTS(document as OpenAPI3, { defaultNonNullable: false });
  return HEADER + astToString(nodes);
}
