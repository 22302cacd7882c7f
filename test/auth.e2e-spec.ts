import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCreated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';

const WRITER = 'writer-only-key-0123456789';
const READER = 'reader-only-key-0123456789';
const ADMIN = 'admin-key-0123456789-abcdef';
const OTHER = 'other-ledger-key-0123456789';
const HASHED = 'hashed-key-0123456789-abcdef';

describe('API keys and scopes', () => {
  let ledger: LedgerProcess;
  let eventId: string;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [
        { key: WRITER, ledgerId: 'acme', scopes: ['audit:write'] },
        { key: READER, ledgerId: 'acme', scopes: ['audit:read'] },
        { key: ADMIN, ledgerId: 'acme', scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
        { key: OTHER, ledgerId: 'other', scopes: ['audit:write', 'audit:read'] },
      ],
      env: {},
    });
    eventId = (await ledger.request('POST', '/v1/audit-events', { apiKey: WRITER, body: ruleCreated('r-1') })).json.eventId;
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  const expectProblem = (response: { status: number; headers: Headers; json: any }, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.json).toMatchObject({ status, code });
  };

  it('401 without a key, and with an unknown key', async () => {
    expectProblem(await ledger.request('GET', '/v1/ledger'), 401, 'AUTH.MISSING_API_KEY');
    expectProblem(await ledger.request('GET', '/v1/ledger', { apiKey: 'not-a-key-of-this-service' }), 401, 'AUTH.UNKNOWN_API_KEY');
    expectProblem(await ledger.request('POST', '/v1/audit-events', { body: ruleCreated('r-2') }), 401, 'AUTH.MISSING_API_KEY');
  });

  it('403 for a missing scope', async () => {
    expectProblem(await ledger.request('POST', '/v1/audit-events', { apiKey: READER, body: ruleCreated('r-2') }), 403, 'AUTH.MISSING_SCOPE');
    expectProblem(await ledger.request('GET', `/v1/audit-events/${eventId}`, { apiKey: WRITER }), 403, 'AUTH.MISSING_SCOPE');
    expectProblem(await ledger.request('GET', '/metrics', { apiKey: READER }), 403, 'AUTH.MISSING_SCOPE');
    expect((await ledger.request('GET', `/v1/audit-events/${eventId}`, { apiKey: READER })).status).toBe(200);
    expect((await ledger.request('GET', '/metrics', { apiKey: ADMIN })).status).toBe(200);
  });

  it('a key only ever sees its own ledger', async () => {
    expectProblem(await ledger.request('GET', `/v1/audit-events/${eventId}`, { apiKey: OTHER }), 404, 'LEDGER.AUDIT_EVENT_NOT_FOUND');
    expectProblem(await ledger.request('GET', `/v1/audit-events/${eventId}/verify`, { apiKey: OTHER }), 404, 'LEDGER.AUDIT_EVENT_NOT_FOUND');
    expect((await ledger.request('GET', '/v1/audit-events', { apiKey: OTHER })).json.auditEvents).toEqual([]);
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: OTHER })).json).toMatchObject({ ledgerId: 'other', length: 0 });
  });

  it('health, readiness and the API docs need no key', async () => {
    for (const path of ['/health', '/readyz', '/v1/openapi.json', '/v1/docs']) {
      expect({ path, status: (await ledger.request('GET', path)).status }).toEqual({ path, status: 200 });
    }
  });

  it('accepts a key configured by its SHA-256 only', async () => {
    const hashed = await LedgerProcess.start({
      apiKeys: [{ keySha256: createHash('sha256').update(HASHED).digest('hex'), ledgerId: 'acme', scopes: ['audit:read'] } as never],
    });
    try {
      expect((await hashed.request('GET', '/v1/ledger', { apiKey: HASHED })).status).toBe(200);
    } finally {
      await hashed.stop();
      hashed.removeData();
    }
  }, 60_000);
});

describe('the development key of a first run without LEDGER_API_KEYS', () => {
  it('is printed once, stored only as a hash, and keeps working after a restart', async () => {
    const first = await LedgerProcess.start();
    let dataDir = first.dataDir;
    try {
      const key = /\b(ldk_[A-Za-z0-9_-]{20,})\b/.exec(first.logs)?.[1];
      expect(key).toBeDefined();
      const created = await first.request('POST', '/v1/audit-events', { apiKey: key, body: ruleCreated('r-1') });
      expect(created.json.ledgerId).toBe('default');
      expect((await first.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: key })).status).toBe(200);
      const stored = readFileSync(join(first.dataDir, 'dev-api-key.json'), 'utf8');
      expect(stored).not.toContain(key!);
      expect(stored).toContain(createHash('sha256').update(key!).digest('hex'));
      await first.stop();
      const second = await LedgerProcess.start({ dataDir });
      try {
        expect(second.logs).not.toMatch(/ldk_/);
        expect((await second.request('GET', '/v1/ledger', { apiKey: key })).json.length).toBe(1);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
      first.removeData();
      dataDir = '';
    }
  }, 60_000);
});
