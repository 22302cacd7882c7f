import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { bulky, EVENTS_WITH_BAD_MEMBERS, SERVER_ASSIGNED_MEMBERS } from './support/audit-event-corpus.js';
import { LedgerProcess } from './support/ledger-process.js';
import { errorPaths, expectProblem, problemText, type HttpAnswer } from './support/problem-assertions.js';

const KEY = 'bad-input-key-0123456789';
const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];


/** Every bad request gets a clear 4xx problem+json, never a 5xx, and stores nothing. */
describe('bad input', () => {
  let ledger: LedgerProcess;
  let small: LedgerProcess;
  beforeAll(async () => {
    [ledger, small] = await Promise.all([
      // A body limit big enough that the record limit (256 KiB) is what refuses an oversized record.
      LedgerProcess.start({ apiKeys: keys, env: { LEDGER_BODY_LIMIT_BYTES: String(4 * 1024 * 1024) } }),
      LedgerProcess.start({ apiKeys: keys, env: { LEDGER_BODY_LIMIT_BYTES: '65536' } }),
    ]);
    expect((await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('seed') })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([ledger?.stop(), small?.stop()]);
    ledger?.removeData();
    small?.removeData();
  });

  const lengthOf = async (target: LedgerProcess) => (await target.request('GET', '/v1/ledger', { apiKey: KEY })).json.length as number;
  const post = (body: unknown, headers: Record<string, string> = {}) => ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body, headers });
  const postBatch = (body: unknown) => ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body });
  const get = (path: string) => ledger.request('GET', path, { apiKey: KEY });

  /** Asserts a problem answer with `status` that names `path` (or a path matching it) among its errors. */
  function expectRefused(response: HttpAnswer, status: number, path?: string | RegExp): void {
    expectProblem(response, status, [ledger.dataDir, small.dataDir, KEY]);
    if (path !== undefined) {
      const paths = errorPaths(response);
      expect({ paths, detail: response.json.detail }).toMatchObject({ paths: expect.arrayContaining([typeof path === 'string' ? path : expect.stringMatching(path)]) });
    }
  }

  /** Runs `send` and checks that the ledger's length did not change. */
  async function storesNothing(send: () => Promise<HttpAnswer>, target: LedgerProcess = ledger): Promise<HttpAnswer> {
    const before = await lengthOf(target);
    const response = await send();
    expect(await lengthOf(target)).toBe(before);
    return response;
  }

  describe('bodies that are not one JSON object', () => {
    it.each([
      ['not JSON', '{"eventType": '],
      ['a JSON array', JSON.stringify([ruleCreated('r')])],
      ['JSON null', 'null'],
      ['a JSON string', '"RULE_CREATED"'],
      ['an object with __proto__', '{"__proto__": {"polluted": true}}'],
    ])('refuses %s with 400', async (_what, body) => {
      expectRefused(await storesNothing(() => post(body)), 400);
    });

    it('refuses an empty body with 400', async () => {
      const send = () => ledger.request('POST', '/v1/audit-events', { apiKey: KEY, headers: { 'content-type': 'application/json' } });
      expectRefused(await storesNothing(send), 400);
    });

    it('refuses a text/plain body with 415', async () => {
      expectRefused(await storesNothing(() => post(JSON.stringify(ruleCreated('r')), { 'content-type': 'text/plain' })), 415);
    });

    it('refuses request headers over the HTTP limit with 431 problem+json carrying a request id', async () => {
      const response = await storesNothing(() => post(ruleCreated('r'), { 'x-padding': 'x'.repeat(20_000) }));
      expectRefused(response, 431);
      expect(response.headers.get('x-request-id')).toBe(response.json.requestId);
    });

    it('refuses a body over the configured limit with 413', async () => {
      const body = ruleCreated('big', { context: { after: { blob: 'x'.repeat(100_000) } } });
      const send = () => small.request('POST', '/v1/audit-events', { apiKey: KEY, body });
      expectRefused(await storesNothing(send, small), 413);
    });
  });

  describe('events with bad members', () => {
    it.each(EVENTS_WITH_BAD_MEMBERS)('refuses %s with 400 naming the member', async (_what, body, path) => {
      expectRefused(await storesNothing(() => post(body)), 400, path);
    });

    it('refuses a 10,000-character resourceId with 400 naming the limit', async () => {
      const response = await storesNothing(() => post(ruleCreated('r'.repeat(10_000))));
      expectRefused(response, 400, 'resourceId');
      const message = response.json.errors.find((e: { path: string }) => e.path === 'resourceId').message;
      expect(message).toMatch(/\b\d+\b/);
    });

    it('refuses a record over 256 KiB with 400 or 413 naming the limit', async () => {
      const response = await storesNothing(() => post(ruleCreated('r', { metadata: bulky })));
      expect([400, 413]).toContain(response.status);
      expectRefused(response, response.status);
      expect(problemText(response)).toMatch(/262144|262,144|256 ?KiB/);
    });

    it.each(Object.keys(SERVER_ASSIGNED_MEMBERS))('refuses the server-assigned member %s with 400 naming it', async (member) => {
      const value = SERVER_ASSIGNED_MEMBERS[member];
      expectRefused(await storesNothing(() => post(ruleCreated('r', { [member]: value }))), 400, member);
    });

    it('refuses an Idempotency-Key of 300 characters with 400', async () => {
      const response = await storesNothing(() => post(ruleCreated('r'), { 'idempotency-key': 'k'.repeat(300) }));
      expectRefused(response, 400);
      expect(problemText(response) + errorPaths(response).join()).toMatch(/idempotency-key/i);
    });
  });

  describe('batches', () => {
    it('refuses 1001 events with 400', async () => {
      const events = Array.from({ length: 1001 }, (_, i) => transactionValidated(`tx-${i}`));
      expectRefused(await storesNothing(() => postBatch({ events })), 400, 'events');
    });

    it('refuses a batch with bad events at indices 3 and 7, naming both', async () => {
      const events: Record<string, unknown>[] = Array.from({ length: 10 }, (_, i) => transactionValidated(`tx-${i}`));
      events[3] = { ...events[3], result: 'SUCCESS' };
      events[7] = { ...events[7], actor: { id: 'v', actorType: 'robot' } };
      const response = await storesNothing(() => postBatch({ events }));
      expectRefused(response, 400, /^events\[3\]\./);
      expectRefused(response, 400, /^events\[7\]\./);
      expect(errorPaths(response).filter((path) => !/^events\[[37]\]\./.test(path))).toEqual([]);
    });

    it.each([
      ['an empty events array', { events: [] }],
      ['no events member', {}],
      ['events that is not an array', { events: transactionValidated('tx') }],
    ])('refuses %s with 400', async (_what, body) => {
      expectRefused(await storesNothing(() => postBatch(body)), 400, /^events/);
    });
  });

  describe('reads', () => {
    it('refuses an event id that is not a UUID with 400', async () => {
      expectRefused(await get('/v1/audit-events/not-a-uuid'), 400);
      expectRefused(await get('/v1/audit-events/not-a-uuid/verify'), 400);
    });

    it('answers an unknown route with 404 problem+json', async () => {
      expectRefused(await get('/v1/no-such-route'), 404);
      expectRefused(await storesNothing(() => ledger.request('POST', '/v1/audit-event', { apiKey: KEY, body: ruleCreated('r') })), 404);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=ten', 'limit'],
      ['sort_order=UP', 'sort_order'],
      ['start_date=yesterday', 'start_date'],
      ['end_date=2026-13-45', 'end_date'],
      ['cursor=garbled!!', 'cursor'],
      ['event_type=rule_created', 'event_type'],
      ['event_type=RULE_CREATE', 'event_type'],
      ['transaction_type=TED', 'transaction_type'],
      ['sort_by=amount', 'sort_by'],
      [`resource_id=${'r'.repeat(257)}`, 'resource_id'],
      ['account_id=', 'account_id'],
      ['matched_rule_id=', 'matched_rule_id'],
    ])('refuses the list parameter %s with 400 naming it', async (query, name) => {
      const response = await get(`/v1/audit-events?${query}`);
      expectRefused(response, 400);
      expect(problemText(response) + errorPaths(response).join()).toContain(name);
    });

    it('reads an empty cursor as the first page and sort_order in any letter case', async () => {
      const first = await get('/v1/audit-events?sort_order=ASC&limit=2');
      expect(first.json.auditEvents.length).toBeGreaterThan(0);
      expect((await get('/v1/audit-events?sort_order=asc&limit=2&cursor=')).json).toEqual(first.json);
      expect((await get('/v1/audit-events?sort_order=Asc&limit=2')).json).toEqual(first.json);
    });

    it('refuses a ledger verify range over 100,000 records with 400', async () => {
      expectRefused(await get('/v1/ledger/verify?max_records=100001'), 400, 'max_records');
    });
  });
});
