import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess, MAIN_JS } from './support/ledger-process.js';

const KEY = 'operations-key-0123456789';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read', 'ledger:admin'] }];

describe('operating the service', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: keys, env: { LOG_LEVEL: 'info' } });
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it('echoes a valid X-Request-Id, replaces an invalid one, and puts one on every response and log line', async () => {
    const id = randomUUID();
    const created = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('r-1'), headers: { 'x-request-id': id } });
    expect(created.headers.get('x-request-id')).toBe(id);
    const refused = await ledger.request('GET', '/v1/audit-events/nope', { apiKey: KEY, headers: { 'x-request-id': id } });
    expect(refused.json.requestId).toBe(id);
    const replaced = await ledger.request('GET', '/health', { headers: { 'x-request-id': 'not a uuid' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    for (const response of [await ledger.request('GET', '/v1/ledger', { apiKey: KEY }), await ledger.request('GET', '/missing')]) {
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    const lines = ledger.logs.split('\n').filter((line) => line.includes(id));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(JSON.parse(line).requestId ?? JSON.parse(line).req?.id).toBe(id);
    expect(ledger.logs).not.toContain(KEY);
  });

  it('reports readiness and Prometheus metrics', async () => {
    expect((await ledger.request('GET', '/health')).json).toEqual({ status: 'ok' });
    const ready = await ledger.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.json.checks).toMatchObject({ store: { ready: true }, projector: { ready: true } });
    const metrics = await ledger.request('GET', '/metrics', { apiKey: KEY });
    for (const name of ['ledger_appended_events_total', 'ledger_append_duration_seconds', 'ledger_group_commit_events', 'ledger_projector_lag_events']) {
      expect(metrics.text).toContain(name);
    }
    expect(metrics.text).toMatch(/ledger_appended_events_total\{ledger="acme"\} [1-9]/);
  });

  it('publishes OpenAPI 3 with every route and the X-API-Key scheme', async () => {
    const document = (await ledger.request('GET', '/v1/openapi.json')).json;
    expect(document.openapi).toMatch(/^3\./);
    for (const path of ['/v1/audit-events', '/v1/audit-events/batch', '/v1/audit-events/{eventId}', '/v1/audit-events/{eventId}/verify', '/v1/ledger', '/v1/ledger/verify']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(JSON.stringify(document.components.securitySchemes)).toMatch(/X-API-Key/);
    expect((await ledger.request('GET', '/v1/docs')).text).toMatch(/<html/i);
  });
});

describe('configuration', () => {
  it.each([
    ['LEDGER_API_KEYS', 'not json'],
    ['PORT', 'abc'],
    ['LEDGER_BODY_LIMIT_BYTES', '-5'],
    ['LEDGER_DATA_DIRR', '/tmp/typo'],
  ])('refuses to start with a bad %s, naming it', (name, value) => {
    const result = spawnSync(process.execPath, [MAIN_JS], { env: { PATH: process.env['PATH'], [name]: value }, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(name);
  });
});

describe('graceful shutdown (SIGTERM)', () => {
  it('finishes in-flight appends, refuses the rest with problem+json, exits 0, and keeps every acknowledged event', async () => {
    const ledger = await LedgerProcess.start({ apiKeys: keys });
    const acknowledged: string[] = [];
    const refusals: { status: number; type: string | null }[] = [];
    let stopped: Promise<number | null> | undefined;
    let next = 0;
    // A steady load; SIGTERM lands while requests are in flight, after some were acknowledged.
    const worker = async () => {
      while (next < 600) {
        const i = next++;
        try {
          const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: transactionValidated(`tx-${i}`) });
          if (response.status === 201) acknowledged.push(response.json.eventId);
          else refusals.push({ status: response.status, type: response.headers.get('content-type') });
        } catch {
          // Connection closed or refused once the server is going away: not acknowledged.
        }
        if (acknowledged.length >= 50) stopped ??= ledger.stop();
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(await stopped).toBe(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(50);
    for (const refusal of refusals) expect(refusal).toEqual({ status: 503, type: expect.stringMatching(/application\/problem\+json/) });
    const restarted = await LedgerProcess.start({ apiKeys: keys, dataDir: ledger.dataDir });
    try {
      for (const eventId of acknowledged) {
        expect((await restarted.request('GET', `/v1/audit-events/${eventId}`, { apiKey: KEY })).status).toBe(200);
      }
      expect((await restarted.request('GET', '/v1/ledger/verify', { apiKey: KEY })).json.intact).toBe(true);
    } finally {
      await restarted.stop();
      restarted.removeData();
    }
  }, 60_000);
});
