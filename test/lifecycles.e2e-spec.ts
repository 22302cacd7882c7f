import { LedgerProcess } from './support/ledger-process.js';
import { expectProblem, type HttpAnswer } from './support/problem-assertions.js';

const KEY = 'lifecycles-key-0123456789';

/** A problem+json answer with this status and code. */
function expectRefused(response: HttpAnswer, status: number, code: string): void {
  expectProblem(response, status);
  expect(response.json.code).toBe(code);
}
const actor = { id: 'ana', actorType: 'user' };
const rule = (expression: string, action = 'REVIEW') => ({ name: 'High-value PIX', expression, action, scopes: [{ segmentId: 'seg-1' }] });
const limit = (maxAmount: string) => ({ limitType: 'DAILY', maxAmount, currency: 'BRL', scopes: [{ accountId: 'acc-9' }] });

describe('rule and limit lifecycles over HTTP: refusals, gap detection, history and time travel', () => {
  let ledger: LedgerProcess;
  const post = (body: unknown, path = '/v1/audit-events') => ledger.request('POST', path, { apiKey: KEY, body });
  const get = (path: string) => ledger.request('GET', path, { apiKey: KEY });
  const event = (eventType: string, resourceId: string, context: object = {}, extra: object = {}) => ({
    eventType, resourceId, result: 'SUCCESS', actor, context, ...extra,
  });
  /** Sequences of the steps below, for as_of. */
  const at: Record<string, { sequence: number; createdAt: string }> = {};
  const step = async (name: string, body: object) => {
    const response = await post(body);
    expect(response.status).toBe(201);
    at[name] = { sequence: response.json.sequence, createdAt: response.json.createdAt };
    return response.json;
  };

  beforeAll(async () => {
    ledger = await LedgerProcess.start({ apiKeys: [{ key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] }] });
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it('walks a rule through its whole lifecycle, refusing each step the history does not allow', async () => {
    await step('created', event('RULE_CREATED', 'r-1', { after: rule('amount > 1000') }));
    expectRefused(await post(event('RULE_CREATED', 'r-1', { after: rule('x') })), 409, 'LEDGER.RULE_ALREADY_EXISTS');
    expectRefused(await post(event('RULE_DEACTIVATED', 'r-1')), 409, 'LEDGER.RULE_NOT_ACTIVE');
    await step('activated', event('RULE_ACTIVATED', 'r-1'));
    expectRefused(await post(event('RULE_ACTIVATED', 'r-1')), 409, 'LEDGER.RULE_ALREADY_ACTIVE');
    await step('updated', event('RULE_UPDATED', 'r-1', { before: rule('amount > 1000'), after: rule('amount > 5000', 'DENY') }));
    await step('deactivated', event('RULE_DEACTIVATED', 'r-1'));
    await step('deleted', event('RULE_DELETED', 'r-1', { before: rule('amount > 5000', 'DENY') }));
    for (const type of ['RULE_ACTIVATED', 'RULE_DEACTIVATED']) expectRefused(await post(event(type, 'r-1')), 409, 'LEDGER.RULE_DELETED');
    expectRefused(await post(event('RULE_UPDATED', 'ghost', { before: rule('a'), after: rule('b') })), 409, 'LEDGER.RULE_UNKNOWN');
  });

  it('refuses an update whose before-image differs from the ledger’s state, naming every differing path', async () => {
    await post(event('RULE_CREATED', 'r-2', { after: rule('amount > 10') }));
    const response = await post(event('RULE_UPDATED', 'r-2', { before: { ...rule('amount > 99'), priority: 3 }, after: rule('amount > 20') }));
    expectRefused(response, 409, 'LEDGER.RULE_BEFORE_MISMATCH');
    expect(response.json.errors.map((e: { path: string }) => e.path)).toEqual(['context.before.expression', 'context.before.priority']);
    expect(response.json.detail).toMatch(/never recorded/);
  });

  it('checks expectedVersion, and refuses it on events that have no version', async () => {
    expectRefused(await post(event('RULE_ACTIVATED', 'r-2', {}, { expectedVersion: 7 })), 409, 'LEDGER.RULE_VERSION_MISMATCH');
    expect((await post(event('RULE_ACTIVATED', 'r-2', {}, { expectedVersion: 1 }))).status).toBe(201);
    const validation = { eventType: 'TRANSACTION_VALIDATED', resourceId: 'tx', result: 'ALLOW', actor, context: { request: {}, response: {} } };
    expectRefused(await post({ ...validation, expectedVersion: 0 }), 400, 'LEDGER.REQUEST_INVALID');
  });

  it('applies the same rules inside a batch, later events seeing earlier ones, and refuses a whole batch naming the event', async () => {
    const ok = await post({
      events: [
        event('LIMIT_CREATED', 'l-1', { after: limit('1000.00') }),
        event('LIMIT_ACTIVATED', 'l-1'),
        event('LIMIT_UPDATED', 'l-1', { before: limit('1000.00'), after: limit('2500.00') }),
      ],
    }, '/v1/audit-events/batch');
    expect(ok.status).toBe(201);
    at['limit-raised'] = { sequence: ok.json.auditEvents[2].sequence, createdAt: ok.json.auditEvents[2].createdAt };
    const length = (await get('/v1/ledger')).json.length;
    const refused = await post({ events: [event('LIMIT_DEACTIVATED', 'l-1'), event('LIMIT_DEACTIVATED', 'l-1')] }, '/v1/audit-events/batch');
    expectRefused(refused, 409, 'LEDGER.LIMIT_NOT_ACTIVE');
    expect(refused.json.detail).toMatch(/^events\[1\]: /);
    expect(refused.json.errors[0].path).toBe('events[1].resourceId');
    expect((await get('/v1/ledger')).json.length).toBe(length);
  });

  it('serves the current state of rules and limits, and lists them with filters', async () => {
    const r1 = await get('/v1/rules/r-1');
    expect(r1.status).toBe(200);
    expect(r1.json).toMatchObject({ ruleId: 'r-1', status: 'DELETED', version: 5, expression: 'amount > 5000', action: 'DENY' });
    expect(r1.json).toMatchObject({ createdAt: at['created']!.createdAt, activatedAt: at['activated']!.createdAt, deletedAt: at['deleted']!.createdAt });
    const l1 = await get('/v1/limits/l-1');
    expect(l1.json).toMatchObject({ limitId: 'l-1', status: 'ACTIVE', maxAmount: '2500.00', currency: 'BRL', limitType: 'DAILY', version: 3 });
    expectRefused(await get('/v1/rules/nope'), 404, 'LEDGER.RULE_NOT_FOUND');
    expectRefused(await get('/v1/limits/r-1'), 404, 'LEDGER.LIMIT_NOT_FOUND');
    expect((await get('/v1/rules?status=ACTIVE')).json.rules.map((r: { ruleId: string }) => r.ruleId)).toEqual(['r-2']);
    expect((await get('/v1/rules?name=High-value&scope_id=seg-1')).json.rules).toHaveLength(2);
    expect((await get('/v1/limits?limit_type=DAILY&scope_id=acc-9')).json.limits.map((l: { limitId: string }) => l.limitId)).toEqual(['l-1']);
    expect((await get('/v1/limits?limit_type=WEEKLY')).json.limits).toEqual([]);
    expectRefused(await get('/v1/rules?status=GONE'), 400, 'LEDGER.REQUEST_INVALID');
  });

  it('answers as_of at several points, by sequence and by time', async () => {
    const asOf = async (when: string) => (await get(`/v1/rules/r-1?as_of=${encodeURIComponent(when)}`)).json;
    expect(await asOf(`seq:${at['created']!.sequence}`)).toMatchObject({ status: 'DRAFT', version: 1, expression: 'amount > 1000', asOf: { sequence: at['created']!.sequence } });
    expect(await asOf(`seq:${at['activated']!.sequence}`)).toMatchObject({ status: 'ACTIVE', expression: 'amount > 1000' });
    expect(await asOf(`seq:${at['updated']!.sequence}`)).toMatchObject({ status: 'ACTIVE', expression: 'amount > 5000' });
    expect(await asOf(at['deactivated']!.createdAt)).toMatchObject({ status: 'INACTIVE' });
    expectRefused(await get(`/v1/rules/r-1?as_of=seq:${at['created']!.sequence - 1}`), 404, 'LEDGER.RULE_NOT_FOUND');
    expectRefused(await get('/v1/rules/r-1?as_of=yesterday'), 400, 'LEDGER.REQUEST_INVALID');
    const list = (await get(`/v1/rules?as_of=seq:${at['activated']!.sequence}&status=ACTIVE`)).json;
    expect(list.rules.map((r: { ruleId: string }) => r.ruleId)).toEqual(['r-1']);
    expect((await get(`/v1/limits/l-1?as_of=seq:${at['limit-raised']!.sequence - 1}`)).json).toMatchObject({ maxAmount: '1000.00', status: 'ACTIVE' });
  });

  it('gives each rule’s history in order, with the paths every event changed', async () => {
    const history = (await get('/v1/rules/r-1/history')).json;
    expect(history.history.map((h: { version: number; changedPaths: string[]; auditEvent: { eventType: string } }) => [h.version, h.auditEvent.eventType, h.changedPaths])).toEqual([
      [1, 'RULE_CREATED', ['action', 'expression', 'name', 'scopes[0].segmentId', 'status']],
      [2, 'RULE_ACTIVATED', ['status']],
      [3, 'RULE_UPDATED', ['action', 'expression']],
      [4, 'RULE_DEACTIVATED', ['status']],
      [5, 'RULE_DELETED', ['status']],
    ]);
    expect(history.history[2].auditEvent).toMatchObject({ sequence: at['updated']!.sequence, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const paged = (await get('/v1/rules/r-1/history?limit=2')).json;
    expect(paged.hasMore).toBe(true);
    const rest = (await get(`/v1/rules/r-1/history?limit=10&cursor=${encodeURIComponent(paged.nextCursor)}`)).json;
    expect(rest.history.map((h: { version: number }) => h.version)).toEqual([3, 4, 5]);
    expectRefused(await get('/v1/limits/nope/history'), 404, 'LEDGER.LIMIT_NOT_FOUND');
  });
});

describe('a ledger set to record and flag differing before-images', () => {
  let ledger: LedgerProcess;
  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [{ key: KEY, ledgerId: 'lenient', scopes: ['audit:write', 'audit:read'] }],
      env: { LEDGER_SETTINGS: JSON.stringify({ lenient: { beforeImageMismatch: 'flag' } }) },
    });
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  it('stores the update with a hashed flag naming the differing paths', async () => {
    const post = (body: unknown) => ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body });
    await post({ eventType: 'RULE_CREATED', resourceId: 'r', result: 'SUCCESS', actor, context: { after: rule('a') } });
    const flagged = await post({ eventType: 'RULE_UPDATED', resourceId: 'r', result: 'SUCCESS', actor, context: { before: rule('z'), after: rule('b') }, metadata: { ticket: 'T-1' } });
    expect(flagged.status).toBe(201);
    expect(flagged.json.metadata).toEqual({ ticket: 'T-1', ledgerFlags: { beforeImageMismatch: { paths: ['context.before.expression'] } } });
    const verify = await ledger.request('GET', `/v1/audit-events/${flagged.json.eventId}/verify`, { apiKey: KEY });
    expect(verify.json.isValid).toBe(true);
    const sent = await post({ eventType: 'RULE_ACTIVATED', resourceId: 'r', result: 'SUCCESS', actor, context: {}, metadata: { ledgerFlags: {} } });
    expect(sent.status).toBe(400);
  });
});
