import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem-details/problem-details.js';
import { PROBLEM_INSTANCE_PLACEHOLDER } from './api-problem-responses.decorator.js';
import { PROBLEM_DESCRIPTIONS, PROBLEM_HEADERS, problemExample } from './problem-examples.js';
import { ProblemResponseDto } from './problem.response.dto.js';
import { SECURITY_SCHEMES } from './security-schemes.js';

/** OpenAPI 3.1: @nestjs/swagger turns `nullable` into `type: [..., "null"]` for it. */
export const OPENAPI_VERSION = '3.1.0';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * `GetAuditEventHttpController.get` → `getAuditEvent`: a client's method names. A controller with
 * several handlers names each with @ApiOperation({ operationId }); a route served at two paths
 * (`get[1]`) gets `…Alias1` for the second.
 */
function operationIdOf(controllerKey: string, methodKey: string): string {
  const base = controllerKey.replace(/HttpController$/, '');
  const id = base.charAt(0).toLowerCase() + base.slice(1);
  const alias = /\[(\d+)\]$/.exec(methodKey)?.[1];
  return alias === undefined || alias === '0' ? id : `${id}Alias${alias}`;
}

/**
 * The OpenAPI document of the service, generated from its controllers and DTOs (the app need not
 * be listening, nor even instantiated: a `preview` app will do). Keyed operations carry their own
 * security requirement (auth decorators), public ones none. Two things every operation shares are
 * added here, where they are global in the service too: the closing gate's 503 (any request during
 * shutdown) and the problem examples' `instance` (the operation's path); operations with no
 * requirement (@Public) get an explicit empty one. The contract e2e suite checks each operation's
 * security against what the service answers without a key.
 */
export function createLedgerOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion(OPENAPI_VERSION)
    .setTitle('Audit ledger')
    .setDescription(
      'Append-only, hash-chained audit ledger. Every record is hashed per docs/INTEGRITY.md (RFC 8785 + SHA-256); ' +
        'the ledger is an RFC 9162 transparency log with signed checkpoints. Every error is `application/problem+json` (RFC 9457, schema `Problem`).',
    )
    .setVersion('1')

    // Relative: the document describes whichever instance served it (see README, "API at a glance").
    .addServer('/', 'The instance that served this document');
  for (const [name, scheme] of Object.entries(SECURITY_SCHEMES)) builder.addSecurity(name, scheme);
  const config = builder.build();
  // package.json says UNLICENSED (no licence granted): an SPDX LicenseRef, as OpenAPI 3.1's `identifier` allows.
  config.info.license = { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as typeof config.info.license;
  // No public contact for this internal service: leave it out rather than serve DocumentBuilder's empty one.
  delete config.info.contact;
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemResponseDto], operationIdFactory: operationIdOf });
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // No requirement from the auth decorators means @Public: say "no key" (`[]`), not "unspecified".
      operation.security ??= [];
      operation.responses['503'] ??= {
        description: PROBLEM_DESCRIPTIONS[503],
        headers: PROBLEM_HEADERS[503],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' }, example: problemExample(503, path) } },
      };
      for (const response of Object.values(operation.responses)) {
        const example = (response as { content?: Record<string, { example?: { instance?: string } }> }).content?.[PROBLEM_CONTENT_TYPE]?.example;
        if (example?.instance === PROBLEM_INSTANCE_PLACEHOLDER) example.instance = path;
      }
    }
  }
  return document;
}
