import { LedgerProcess } from './support/ledger-process.js';
import { ruleCreated } from './support/audit-event-fixtures.js';

/**
 * Every route × every kind of key. The table is the contract: a route the service serves that is
 * not in it (or one in it the service no longer serves) fails the first test, so a new route
 * cannot ship without deciding who may call it.
 */
type Access = 'public' | 'audit:read' | 'audit:write' | 'ledger:admin' | 'ops:admin' | 'ops:admin|ledger:admin';

const ROUTES: Record<string, Access> = {
  'GET /health': 'public',
  'GET /readyz': 'public',
  'GET /v1/openapi.json': 'public',
  'GET /v1/docs': 'public',
  'GET /console': 'public',
  'GET /console/assets/{file}': 'public',
  'GET /metrics': 'ops:admin|ledger:admin',
  'POST /v1/audit-events': 'audit:write',
  'POST /v1/audit-events/batch': 'audit:write',
  'GET /v1/audit-events': 'audit:read',
  'GET /v1/audit-events/stream': 'audit:read',
  'GET /v1/audit-events/{eventId}': 'audit:read',
  'GET /v1/audit-events/{eventId}/verify': 'audit:read',
  'GET /v1/audit-events/{eventId}/inclusion-proof': 'audit:read',
  'GET /v1/ledger': 'audit:read',
  'GET /v1/ledger/verify': 'audit:read',
  'GET /v1/ledger/export': 'audit:read',
  'GET /v1/ledger/checkpoint': 'audit:read',
  'GET /v1/ledger/checkpoint-key': 'audit:read',
  'GET /v1/ledger/checkpoints': 'audit:read',
  'GET /v1/ledger/consistency-proof': 'audit:read',
  'GET /v1/ledger/tlog/checkpoint': 'audit:read',
  'GET /v1/ledger/tlog/tile/{path}': 'audit:read',
  'GET /v1/rules': 'audit:read',
  'GET /v1/rules/{id}': 'audit:read',
  'GET /v1/rules/{id}/history': 'audit:read',
  'GET /v1/limits': 'audit:read',
  'GET /v1/limits/{id}': 'audit:read',
  'GET /v1/limits/{id}/history': 'audit:read',
  'GET /v1/validations': 'audit:read',
  'GET /v1/validations/{transactionId}': 'audit:read',
  'GET /v1/validations/{transactionId}/context': 'audit:read',
  'GET /v1/admin/projections': 'ops:admin',
  'GET /v1/admin/integrity': 'ledger:admin',
  'POST /v1/admin/projections/{name}/rebuild': 'ops:admin',
};
/** Served but left out of the OpenAPI document on purpose. */
const UNDOCUMENTED = ['GET /v1/openapi.json', 'GET /v1/docs', 'GET /console', 'GET /console/assets/{file}'];

const KEYS = {
  writer: { key: 'matrix-writer-key-0123456789', ledgerId: 'acme', scopes: ['audit:write'] },
  reader: { key: 'matrix-reader-key-0123456789', ledgerId: 'acme', scopes: ['audit:read'] },
  ledgerAdmin: { key: 'matrix-ledger-admin-key-0123', ledgerId: 'acme', scopes: ['ledger:admin'] },
  operator: { key: 'matrix-operator-key-01234567', ledgerId: '*', scopes: ['ops:admin'] },
  otherLedger: { key: 'matrix-other-ledger-key-0123', ledgerId: 'beta', scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
};
type KeyKind = keyof typeof KEYS | 'none';

function allows(access: Access, kind: KeyKind): boolean {
  if (access === 'public') return true;
  if (kind === 'none') return false;
  return access.split('|').some((scope) => KEYS[kind].scopes.includes(scope));
}

describe('who may call what: every route × every kind of key', () => {
  let ledger: LedgerProcess;
  let eventId: string;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: Object.values(KEYS) });
    for (const key of [KEYS.writer, KEYS.otherLedger]) {
      const created = await ledger.request('POST', '/v1/audit-events', { apiKey: key.key, body: ruleCreated('r-matrix') });
      expect(created.status).toBe(201);
      eventId ??= created.json.eventId;
    }
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  /** Status only: the body is cancelled, so a streaming route cannot hold the test. */
  const statusOf = async (route: string, kind: KeyKind) => {
    const [method, template] = route.split(' ');
    const path = template
      .replace('{eventId}', eventId)
      .replace('{path}', '0/000')
      .replace('{name}', 'no-such-projection')
      .replace(/\{\w+\}/, 'matrix-id');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (kind !== 'none') headers['x-api-key'] = KEYS[kind].key;
    const response = await fetch(`${ledger.baseUrl}${path}`, { method, headers, body: method === 'POST' ? '{}' : undefined });
    const code = response.headers.get('content-type')?.includes('json') ? ((await response.json()) as { code?: string }).code : await response.body?.cancel();
    return { status: response.status, code };
  };

  it('has an access rule for every route the service serves, and no rule for a route it does not', async () => {
    const document = (await ledger.request('GET', '/v1/openapi.json')).json as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    expect([...documented, ...UNDOCUMENTED].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  const kinds: KeyKind[] = ['none', 'writer', 'reader', 'ledgerAdmin', 'operator', 'otherLedger'];
  it.each(Object.entries(ROUTES))('%s (%s)', async (route, access) => {
    const outcomes = await Promise.all(kinds.map(async (kind) => ({ kind, ...(await statusOf(route, kind)) })));
    for (const { kind, status, code } of outcomes) {
      const expected = allows(access, kind) ? 'let through' : kind === 'none' ? 'AUTH.MISSING_API_KEY' : 'AUTH.MISSING_SCOPE';
      const actual = status === 401 || status === 403 ? code : 'let through';
      expect({ kind, outcome: actual }).toEqual({ kind, outcome: expected });
    }
  });

  it("answers a ledger's admin key only its own ledger's metrics, and the operator key every ledger's", async () => {
    const asAdmin = await ledger.request('GET', '/metrics', { apiKey: KEYS.ledgerAdmin.key });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.text).toMatch(/^ledger_appended_events_total\{ledger="acme"\} 1$/m);
    expect(asAdmin.text).not.toMatch(/ledger="beta"|ledger_projector/);
    const asOperator = await ledger.request('GET', '/metrics', { apiKey: KEYS.operator.key });
    expect(asOperator.text).toMatch(/^ledger_appended_events_total\{ledger="beta"\} 1$/m);
    expect(asOperator.text).toMatch(/^ledger_projector_lag_events \d+$/m);
  });
});
