import { ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';

const KEY = 'bad-input-key-0123456789';

/** Every bad request gets a clear 4xx problem+json, never a 5xx, and stores nothing. */
describe('bad input', () => {
  let ledger: LedgerProcess;
  let small: LedgerProcess;
  const keys = [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }];
  beforeAll(async () => {
    [ledger, small] = await Promise.all([
      LedgerProcess.start({ apiKeys: keys, env: { LEDGER_BODY_LIMIT_BYTES: String(4 * 1024 * 1024) } }),
      LedgerProcess.start({ apiKeys: keys, env: { LEDGER_BODY_LIMIT_BYTES: '65536' } }),
    ]);
    await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: ruleCreated('seed') });
  }, 60_000);
  afterAll(async () => {
    await Promise.all([ledger.stop(), small.stop()]);
    ledger.removeData();
    small.removeData();
  });

  const length = async () => (await ledger.request('GET', '/v1/ledger', { apiKey: KEY })).json.length;

  async function expectRefused(
    response: { status: number; headers: Headers; json: any; text: string },
    status: number,
    path?: string | RegExp,
  ) {
    expect({ status: response.status, body: response.json }).toMatchObject({ status });
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    for (const member of ['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId']) expect(response.json).toHaveProperty(member);
    expect(response.text).not.toMatch(/    at |SQLITE|sqlite|\/tmp\/|node_modules/);
    if (path !== undefined) {
      const paths: string[] = (response.json.errors ?? []).map((e: { path: string }) => e.path);
      expect({ paths }).toEqual({ paths: expect.arrayContaining([typeof path === 'string' ? path : expect.stringMatching(path)]) });
    }
  }

  const post = (body: unknown, headers: Record<string, string> = {}) => ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body, headers });

  it('refuses bodies that are not a JSON object, or not JSON at all', async () => {
    const before = await length();
    await expectRefused(await post('{"eventType": '), 400);
    await expectRefused(await post('[1,2]'), 400);
    await expectRefused(await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, headers: { 'content-type': 'application/json' } }), 400);
    await expectRefused(await post('eventType=RULE_CREATED', { 'content-type': 'text/plain' }), 415);
    await expectRefused(await post('{"__proto__": {"polluted": true}}'), 400);
    expect(await length()).toBe(before);
  });

  it('refuses a body over the configured limit with 413', async () => {
    const body = ruleCreated('big', { context: { after: { blob: 'x'.repeat(100_000) } } });
    await expectRefused(await small.request('POST', '/v1/audit-events', { apiKey: KEY, body }), 413);
  });

  it.each([
    ['a number as eventType', { eventType: 42 }, 'eventType'],
    ['a string as actor', { actor: 'ana' }, 'actor'],
    ['an array as context', { context: [1] }, 'context'],
    ['a missing resourceId', { resourceId: undefined }, 'resourceId'],
    ['an unknown member', { colour: 'blue' }, 'colour'],
    ['a 10,000-character resourceId', { resourceId: 'r'.repeat(10_000) }, 'resourceId'],
    ['an unknown actorType', { actor: { id: 'a', actorType: 'robot' } }, 'actor.actorType'],
    ['RULE_CREATED with action DELETE', { action: 'DELETE' }, 'action'],
    ['RULE_CREATED with result ALLOW', { result: 'ALLOW' }, 'result'],
    ['RULE_CREATED without context.after', { context: {} }, 'context.after'],
    ['a custom type without category and source', { eventType: 'SOMETHING_HAPPENED', resourceType: 'x', action: 'Y' }, 'category'],
    ['context nested 100 levels deep', { context: JSON.parse('{"after":'.repeat(1) + '{"d":'.repeat(100) + '1' + '}'.repeat(101)) }, /^context\.after(\.d)+$/],
    ['a record over 256 KiB', { metadata: { blob: 'x'.repeat(300_000) } }, /^\$|metadata/],
    ['a malformed occurredAt', { occurredAt: 'yesterday' }, 'occurredAt'],
  ])('refuses %s with 400 naming the field', async (_what, change, path) => {
    const before = await length();
    await expectRefused(await post({ ...ruleCreated('r'), ...change }), 400, path);
    expect(await length()).toBe(before);
  });

  it.each(['eventId', 'ledgerId', 'sequence', 'createdAt', 'previousHash', 'hash'])('refuses the server-assigned member %s', async (member) => {
    const response = await post({ ...ruleCreated('r'), [member]: member === 'sequence' ? 1 : 'x' });
    await expectRefused(response, 400, member);
    expect(JSON.stringify(response.json.errors)).toMatch(/assigned by the ledger/);
  });

  it('refuses a bad Idempotency-Key', async () => {
    await expectRefused(await post(ruleCreated('r'), { 'idempotency-key': 'k'.repeat(300) }), 400, 'Idempotency-Key');
  });

  it('refuses bad batches whole, naming every bad index', async () => {
    const before = await length();
    const tooMany = Array.from({ length: 1001 }, (_, i) => transactionValidated(`tx-${i}`));
    await expectRefused(await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events: tooMany } }), 400, 'events');
    const events = Array.from({ length: 10 }, (_, i) => transactionValidated(`tx-${i}`));
    (events[3] as any).result = 'SUCCESS';
    (events[7] as any).actor = { id: '', actorType: 'user' };
    const response = await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events } });
    await expectRefused(response, 400, /^events\[3\]\./);
    await expectRefused(response, 400, /^events\[7\]\./);
    await expectRefused(await ledger.request('POST', '/v1/audit-events/batch', { apiKey: KEY, body: { events: [] } }), 400, 'events');
    expect(await length()).toBe(before);
  });

  it('refuses bad ids, routes and list parameters', async () => {
    const get = (path: string) => ledger.request('GET', path, { apiKey: KEY });
    await expectRefused(await get('/v1/audit-events/not-a-uuid'), 400, 'eventId');
    await expectRefused(await get('/v1/no-such-route'), 404);
    await expectRefused(await get('/v1/audit-events?limit=0'), 400, 'limit');
    await expectRefused(await get('/v1/audit-events?limit=1001'), 400, 'limit');
    await expectRefused(await get('/v1/audit-events?sort_order=UP'), 400, 'sort_order');
    await expectRefused(await get('/v1/audit-events?start_date=yesterday'), 400, 'start_date');
    await expectRefused(await get('/v1/audit-events?cursor=garbled!!'), 400, 'cursor');
    await expectRefused(await get('/v1/audit-events?bogus=1'), 400, 'bogus');
    await expectRefused(await get('/v1/ledger/verify?max_records=100001'), 400, 'max_records');
  });
});
