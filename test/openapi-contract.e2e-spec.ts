import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { createLedgerApiClient, type AuditEventInput, type LedgerApiClient, type Problem } from './support/openapi/ledger-api-client.js';

/**
 * The OpenAPI document cannot drift from the service: the served document passes Redocly's
 * recommended rules, the committed client types are the ones it generates, a typed client over
 * them compiles (and refuses misuse), and that client walks through the API against the service.
 */
const KEY = 'openapi-contract-key-0123456789';
/** The committed client types, and the built generator `npm run openapi:types` runs. */
const TYPES_FILE = 'test/support/openapi/ledger-api.d.ts';
const TYPES_GENERATOR = 'dist/apps/ledger-api/src/platform/openapi/openapi-types.main.js';
const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}
type OpenApiDocument = { openapi: string; paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };

describe('the OpenAPI document generates a client that works', () => {
  let ledger: LedgerProcess;
  let documentText: string;
  let document: OpenApiDocument;
  let client: LedgerApiClient;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read', 'ledger:admin'] }] });
    documentText = (await ledger.request('GET', '/v1/openapi.json')).text;
    document = JSON.parse(documentText) as OpenApiDocument;
    client = createLedgerApiClient(ledger.baseUrl, KEY);
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  it('is OpenAPI 3.1 with no error under Redocly’s recommended rules', async () => {
    expect(document.openapi).toBe('3.1.0');
    const problems = await lintFromString({ source: documentText, absoluteRef: 'openapi.json', config: await createConfig({ extends: ['recommended'] }) });
    const ofSeverity = (severity: string) =>
      problems.filter((problem) => problem.severity === severity).map((problem) => `${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer ?? ''})`);
    const warnings = ofSeverity('warn');
    if (warnings.length > 0) process.stdout.write(`Redocly warnings on the OpenAPI document:\n  ${warnings.join('\n  ')}\n`);
    expect(ofSeverity('error')).toEqual([]);
  }, 30_000);

  it('gives the committed client types (else: regenerate with npm run openapi:types)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), documentText);
      await run(process.execPath, [TYPES_GENERATOR, '--document', join(dir, 'openapi.json'), '--out', join(dir, 'ledger-api.d.ts')]);
      const generated = readFileSync(join(dir, 'ledger-api.d.ts'), 'utf8');
      if (generated !== readFileSync(TYPES_FILE, 'utf8')) throw new Error(`${TYPES_FILE} is not what the served document generates: regenerate with npm run openapi:types`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('types a client that compiles, and refuses misuse (test/support/openapi/client-type-checks.ts)', async () => {
    const tsc = 'node_modules/typescript/bin/tsc';
    const result = await run(process.execPath, [tsc, '-p', 'test/support/openapi/tsconfig.json']).catch((error: { stdout?: string; message: string }) => error);
    expect('stdout' in result && 'message' in result ? `${result.message}\n${result.stdout}` : '').toBe('');
  }, 60_000);

  it('describes a successful answer, with its content, for every operation', () => {
    const undescribed = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method])
        .filter((method) => !Object.entries(item[method]!.responses).some(([status, response]) => /^2\d\d$/.test(status) && 'content' in (response as object)))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(undescribed).toEqual([]);
  });

  it('says which operations need a key, and the service agrees', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) => METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })));
    const answers = await Promise.all(
      operations.map(async ({ path, method, operation }) => {
        const url = ledger.baseUrl + path.replace(/\{\w+\}/g, 'x');
        const response = await fetch(url, { method: method.toUpperCase(), headers: { 'content-type': 'application/json' }, body: method === 'post' ? '{}' : undefined });
        await response.body?.cancel();
        const keyed = (operation.security ?? []).length > 0;
        return { route: `${method.toUpperCase()} ${path}`, keyed, unauthorized: response.status === 401, documents401: '401' in operation.responses };
      }),
    );
    for (const answer of answers) expect(answer).toEqual({ ...answer, unauthorized: answer.keyed, documents401: answer.keyed });
  });

  it('walks through the API with the typed client: append, get, list, verify, head, inclusion proof, problems', async () => {
    const body = ruleCreated('rule-openapi') as AuditEventInput;
    const created = await client.POST('/v1/audit-events', { body, headers: { 'Idempotency-Key': 'rule-openapi-created' } });
    expect(created.response.status).toBe(201);
    const record = created.data!;
    expect(record).toMatchObject({ ledgerId: 'acme', sequence: 1, eventType: 'RULE_CREATED', resourceType: 'rule', action: 'CREATE' });

    const fetched = await client.GET('/v1/audit-events/{eventId}', { params: { path: { eventId: record.eventId } } });
    expect(fetched.data).toEqual(record);

    const listed = await client.GET('/v1/audit-events', { params: { query: { event_type: 'RULE_CREATED', resource_id: 'rule-openapi', limit: 10 } } });
    expect(listed.data).toEqual({ auditEvents: [record], hasMore: false, nextCursor: null });

    const verified = await client.GET('/v1/audit-events/{eventId}/verify', { params: { path: { eventId: record.eventId } } });
    expect(verified.data).toMatchObject({ isValid: true, hashValid: true, previousLinkValid: true, nextLinkValid: true, sequence: 1 });

    const head = await client.GET('/v1/ledger');
    expect(head.data).toEqual({ ledgerId: 'acme', length: 1, headSequence: 1, headHash: record.hash });

    const proof = await client.GET('/v1/audit-events/{eventId}/inclusion-proof', { params: { path: { eventId: record.eventId }, query: { tree_size: 1 } } });
    // A tree of one leaf: its root is the RFC 9162 leaf hash of the record's hash, the path is empty.
    const leafHash = createHash('sha256').update(Buffer.concat([Buffer.of(0), Buffer.from(record.hash, 'hex')])).digest('hex');
    expect(proof.data).toEqual({ eventId: record.eventId, sequence: 1, leafIndex: 0, treeSize: 1, rootHash: leafHash, hashes: [] });

    const missing = await client.GET('/v1/audit-events/{eventId}', { params: { path: { eventId: '0193a0e0-7c1a-7d3e-9f00-5b2c8e4a1d01' } } });
    expect(missing.response.status).toBe(404);
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const notFound: Problem = missing.error!;
    expect(notFound).toMatchObject({ status: 404, code: 'LEDGER.AUDIT_EVENT_NOT_FOUND', type: 'urn:audit-ledger:problem:LEDGER.AUDIT_EVENT_NOT_FOUND' });

    const tooMany = await client.GET('/v1/audit-events', { params: { query: { limit: 5000 } } });
    const invalid: Problem = tooMany.error!;
    expect(invalid).toMatchObject({ status: 400, code: 'LEDGER.REQUEST_INVALID', errors: [{ path: 'limit', message: 'limit must be at most 1000' }] });
    expect(invalid.requestId).toBe(tooMany.response.headers.get('x-request-id'));
  });
});
