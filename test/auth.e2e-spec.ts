import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { expectProblem } from './support/problem-assertions.js';

const WRITER = 'writer-only-key-0123456789';
const READER = 'reader-only-key-0123456789';
const ADMIN = 'admin-key-0123456789-abcdef';
const OPERATOR = 'operator-key-0123456789-abcdef';
const LIMITED = 'limited-key-0123456789-abcdef';
const OTHER = 'other-ledger-key-0123456789';
const HASHED = 'hashed-key-0123456789-abcdef';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

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
        { key: OPERATOR, ledgerId: '*', scopes: ['ops:admin'] },
        { key: LIMITED, ledgerId: 'acme', scopes: ['audit:read'], rateLimitPerMinute: 3 },
      ],
    });
    const created = await ledger.request('POST', '/v1/audit-events', { apiKey: WRITER, body: ruleCreated('r-1') });
    expect(created.status).toBe(201);
    eventId = created.json.eventId;
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  const refused = (response: Parameters<typeof expectProblem>[0], status: number, code: string) => {
    expectProblem(response, status);
    expect(response.json.code).toBe(code);
  };

  it('answers 401 problem+json without a key', async () => {
    refused(await ledger.request('GET', '/v1/ledger'), 401, 'AUTH.MISSING_API_KEY');
    refused(await ledger.request('GET', `/v1/audit-events/${eventId}`), 401, 'AUTH.MISSING_API_KEY');
    refused(await ledger.request('POST', '/v1/audit-events', { body: ruleCreated('r-2') }), 401, 'AUTH.MISSING_API_KEY');
  });

  it('answers 401 problem+json for an unknown key', async () => {
    refused(await ledger.request('GET', '/v1/ledger', { apiKey: 'not-a-key-of-this-service' }), 401, 'AUTH.UNKNOWN_API_KEY');
    // One character off a real key is still unknown.
    refused(await ledger.request('GET', '/v1/ledger', { apiKey: READER.slice(0, -1) + 'X' }), 401, 'AUTH.UNKNOWN_API_KEY');
    refused(await ledger.request('POST', '/v1/audit-events', { apiKey: 'not-a-key-of-this-service', body: ruleCreated('r-2') }), 401, 'AUTH.UNKNOWN_API_KEY');
  });

  it('answers 403 to a key without audit:write that appends, and stores nothing', async () => {
    refused(await ledger.request('POST', '/v1/audit-events', { apiKey: READER, body: ruleCreated('r-2') }), 403, 'AUTH.MISSING_SCOPE');
    const batch = { events: [transactionValidated('tx-1')] };
    refused(await ledger.request('POST', '/v1/audit-events/batch', { apiKey: READER, body: batch }), 403, 'AUTH.MISSING_SCOPE');
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: READER })).json).toMatchObject({ ledgerId: 'acme', length: 1 });
  });

  it('answers 403 to a key without audit:read that reads', async () => {
    for (const path of [`/v1/audit-events/${eventId}`, `/v1/audit-events/${eventId}/verify`, '/v1/audit-events', '/v1/ledger', '/v1/ledger/verify']) {
      const response = await ledger.request('GET', path, { apiKey: WRITER });
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      refused(response, 403, 'AUTH.MISSING_SCOPE');
    }
    expect((await ledger.request('GET', `/v1/audit-events/${eventId}`, { apiKey: READER })).status).toBe(200);
  });

  it('a key of another ledger cannot get or verify an event, and its list never shows it', async () => {
    refused(await ledger.request('GET', `/v1/audit-events/${eventId}`, { apiKey: OTHER }), 404, 'LEDGER.AUDIT_EVENT_NOT_FOUND');
    refused(await ledger.request('GET', `/v1/audit-events/${eventId}/verify`, { apiKey: OTHER }), 404, 'LEDGER.AUDIT_EVENT_NOT_FOUND');
    const own = await ledger.request('POST', '/v1/audit-events', { apiKey: OTHER, body: ruleCreated('r-1') });
    expect(own.json).toMatchObject({ ledgerId: 'other', sequence: 1 });
    for (const query of ['', '?sort_order=ASC', '?resource_id=r-1', '?event_type=RULE_CREATED']) {
      const list = await ledger.request('GET', `/v1/audit-events${query}`, { apiKey: OTHER });
      expect(list.json.auditEvents.map((e: { eventId: string }) => e.eventId)).toEqual([own.json.eventId]);
    }
    expect((await ledger.request('GET', '/v1/ledger', { apiKey: OTHER })).json).toMatchObject({ ledgerId: 'other', length: 1 });
    // And the other way round: acme's key does not see ledger other's event.
    refused(await ledger.request('GET', `/v1/audit-events/${own.json.eventId}`, { apiKey: READER }), 404, 'LEDGER.AUDIT_EVENT_NOT_FOUND');
  });

  it('health, readiness and the API docs need no key', async () => {
    for (const path of ['/health', '/readyz', '/v1/openapi.json', '/v1/docs']) {
      expect({ path, status: (await ledger.request('GET', path)).status }).toEqual({ path, status: 200 });
    }
  });

  it('metrics need ops:admin (every ledger) or ledger:admin (its own)', async () => {
    refused(await ledger.request('GET', '/metrics'), 401, 'AUTH.MISSING_API_KEY');
    refused(await ledger.request('GET', '/metrics', { apiKey: READER }), 403, 'AUTH.MISSING_SCOPE');
    refused(await ledger.request('GET', '/metrics', { apiKey: OTHER }), 403, 'AUTH.MISSING_SCOPE');
    expect((await ledger.request('GET', '/metrics', { apiKey: ADMIN })).status).toBe(200);
    expect((await ledger.request('GET', '/metrics', { apiKey: OPERATOR })).status).toBe(200);
  });

  it('holds a key to its rateLimitPerMinute: 429 problem+json with Retry-After, other keys untouched', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ledger.request('GET', '/v1/ledger', { apiKey: LIMITED }));
    expect(answers.slice(0, 3).map((a) => [a.status, a.headers.get('ratelimit-limit'), a.headers.get('ratelimit-remaining')])).toEqual([
      [200, '3', '2'],
      [200, '3', '1'],
      [200, '3', '0'],
    ]);
    refused(answers[3]!, 429, 'AUTH.RATE_LIMITED');
    // Three a minute: the next one is due in at most 20 s.
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect(answers[3]!.json.detail).toMatch(/may send 3 requests a minute/);
    const unlimited = await ledger.request('GET', '/v1/ledger', { apiKey: READER });
    expect(unlimited.status).toBe(200);
    expect(unlimited.headers.get('ratelimit-limit')).toBeNull();
  });

  it('an operator key reads no ledger and appends to none', async () => {
    refused(await ledger.request('GET', '/v1/ledger', { apiKey: OPERATOR }), 403, 'AUTH.MISSING_SCOPE');
    refused(await ledger.request('GET', `/v1/audit-events/${eventId}`, { apiKey: OPERATOR }), 403, 'AUTH.MISSING_SCOPE');
    refused(await ledger.request('POST', '/v1/audit-events', { apiKey: OPERATOR, body: ruleCreated('r-ops') }), 403, 'AUTH.MISSING_SCOPE');
  });

  it('accepts a key configured by its SHA-256 only', async () => {
    const hashed = await LedgerProcess.start({
      apiKeys: [{ keySha256: sha256(HASHED), ledgerId: 'acme', scopes: ['audit:read', 'audit:write'] } as never],
    });
    try {
      expect((await hashed.request('POST', '/v1/audit-events', { apiKey: HASHED, body: ruleCreated('r-1') })).status).toBe(201);
      expect((await hashed.request('GET', '/v1/ledger', { apiKey: HASHED })).json).toMatchObject({ ledgerId: 'acme', length: 1 });
      // The configured hash is not itself a key.
      refused(await hashed.request('GET', '/v1/ledger', { apiKey: sha256(HASHED) }), 401, 'AUTH.UNKNOWN_API_KEY');
    } finally {
      await hashed.stop();
      hashed.removeData();
    }
  }, 60_000);
});

describe('the development key of a first run without LEDGER_API_KEYS', () => {
  it('is printed once, stored only as a hash, and keeps working after a restart', async () => {
    const first = await LedgerProcess.start();
    try {
      const key = /\b(ldk_[A-Za-z0-9_-]{20,})/.exec(first.logs)?.[1];
      expect({ key, logs: first.logs }).toEqual({ key: expect.any(String), logs: first.logs });
      expect(first.logs.split(key!).length - 1).toBe(1);
      const created = await first.request('POST', '/v1/audit-events', { apiKey: key, body: ruleCreated('r-1') });
      expect(created.status).toBe(201);
      expect(created.json.ledgerId).toBe('default');
      expect((await first.request('GET', `/v1/audit-events/${created.json.eventId}`, { apiKey: key })).json).toEqual(created.json);
      const stored = readFileSync(join(first.dataDir, 'dev-api-key.json'), 'utf8');
      expect(stored).not.toContain(key!);
      expect(await first.stop()).toBe(0);

      const second = await LedgerProcess.start({ dataDir: first.dataDir });
      try {
        expect(second.logs).not.toMatch(/ldk_/);
        expect(second.logs).not.toContain(key!);
        expect((await second.request('GET', '/v1/ledger', { apiKey: key })).json).toMatchObject({ ledgerId: 'default', length: 1 });
        expect((await second.request('POST', '/v1/audit-events', { apiKey: key, body: ruleCreated('r-2') })).json.sequence).toBe(2);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
      first.removeData();
    }
  }, 90_000);
});
