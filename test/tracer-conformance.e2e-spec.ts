import { lifecycleEvent, ruleCreated, transactionValidatedWith } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { expectProblem, type HttpAnswer } from './support/problem-assertions.js';

/**
 * A Lerian Tracer client switching to this service unchanged. Written from the parameter and
 * member names of Tracer's published audit-event API (list, get, verify), not from our code: each
 * documented list parameter with each of its documented values, what a client reads in the
 * answers (names and JSON types), its header and its error handling.
 */
const KEY = 'tracer-client-key-0123456789';
const OTHER_KEY = 'tracer-other-key-0123456789';

/** Tracer's documented values of the enum list parameters (its current API reference). */
const TRACER_ENUMS = {
  event_type: [
    'TRANSACTION_VALIDATED', 'RULE_CREATED', 'RULE_UPDATED', 'RULE_ACTIVATED', 'RULE_DEACTIVATED', 'RULE_DRAFTED', 'RULE_DELETED',
    'LIMIT_CREATED', 'LIMIT_UPDATED', 'LIMIT_ACTIVATED', 'LIMIT_DEACTIVATED', 'LIMIT_DRAFTED', 'LIMIT_DELETED',
  ],
  action: ['VALIDATE', 'CREATE', 'UPDATE', 'DELETE', 'ACTIVATE', 'DEACTIVATE', 'DRAFT'],
  result: ['SUCCESS', 'FAILED', 'ALLOW', 'DENY', 'REVIEW'],
  resource_type: ['transaction', 'rule', 'limit'],
  actor_type: ['user', 'system'],
  transaction_type: ['CARD', 'WIRE', 'PIX', 'CRYPTO'],
  sort_by: ['created_at', 'event_type'],
  sort_order: ['ASC', 'DESC'],
} as const;

const RULE_ID = '6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e';
const LIMIT_ID = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const ACCOUNT_ID = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';

describe('a Tracer client against this service', () => {
  let ledger: LedgerProcess;
  const get = (path: string, headers: Record<string, string> = { 'x-api-key': KEY }) => ledger.request('GET', path, { headers });
  const post = async (body: object) => {
    const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body });
    expect({ status: response.status, body: response.json }).toMatchObject({ status: 201 });
    return response.json;
  };
  const listed = (answer: HttpAnswer): string[] => answer.json.auditEvents.map((event: { eventType: string; sequence: number }) => `${event.eventType}#${event.sequence}`);
  let validationIds: string[];

  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [
        { key: KEY, ledgerId: 'tracer', scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
        { key: OTHER_KEY, ledgerId: 'other', scopes: ['audit:write', 'audit:read'] },
      ],
    });
    const after = { name: 'High value', expression: 'amount > 1000', action: 'DENY' };
    await post(ruleCreated(RULE_ID, { context: { after } }));
    await post(lifecycleEvent('RULE_DRAFTED', RULE_ID, { after: { ...after, expression: 'amount > 2000', status: 'DRAFT' } }));
    await post(lifecycleEvent('RULE_ACTIVATED', RULE_ID));
    await post(lifecycleEvent('LIMIT_CREATED', LIMIT_ID, { after: { limitType: 'DAILY', maxAmount: '5000.00', currency: 'BRL' } }));
    await post(lifecycleEvent('LIMIT_DRAFTED', LIMIT_ID, { after: { limitType: 'DAILY', maxAmount: '7000.00', currency: 'BRL' } }));
    validationIds = [];
    for (const [i, type] of TRACER_ENUMS.transaction_type.entries()) {
      const request = { account: { id: ACCOUNT_ID }, segment: { id: `seg-${i % 2}` }, portfolio: { id: 'pf-1' }, transactionType: type, amount: '10.00' };
      const record = await post(transactionValidatedWith(`tx-${i}`, i % 2 ? 'DENY' : 'ALLOW', request, { matchedRuleIds: i % 2 ? [RULE_ID] : [] }));
      validationIds.push(record.eventId);
    }
    // Same values in another ledger: a key only ever sees its own.
    await ledger.request('POST', '/v1/audit-events', {
      apiKey: OTHER_KEY,
      body: transactionValidatedWith('tx-x', 'DENY', { account: { id: ACCOUNT_ID }, transactionType: 'PIX' }, { matchedRuleIds: [RULE_ID] }),
    });
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    ledger?.removeData();
  });

  describe('GET /v1/audit-events', () => {
    /** The list answer as Tracer documents it: auditEvents, hasMore, nextCursor. */
    const expectListShape = (answer: HttpAnswer) => {
      expect({ status: answer.status, body: answer.json }).toMatchObject({ status: 200 });
      expect(Array.isArray(answer.json.auditEvents)).toBe(true);
      expect(typeof answer.json.hasMore).toBe('boolean');
      expect(answer.json.nextCursor === null || typeof answer.json.nextCursor === 'string').toBe(true);
    };

    it.each(Object.entries(TRACER_ENUMS).flatMap(([parameter, values]) => values.map((value) => [parameter, value] as const)))(
      'accepts %s=%s',
      async (parameter, value) => {
        const answer = await get(`/v1/audit-events?${parameter}=${value}`);
        expectListShape(answer);
        const column = { event_type: 'eventType', action: 'action', result: 'result', resource_type: 'resourceType' }[parameter as string];
        if (column) for (const event of answer.json.auditEvents) expect(event[column]).toBe(value);
      },
    );

    it.each([
      ['limit', '2'],
      ['cursor', ''],
      ['start_date', '2020-01-01T00:00:00Z'],
      ['end_date', '2999-01-01T00:00:00-03:00'],
      ['resource_id', RULE_ID],
      ['actor_id', 'user-1'],
      ['account_id', ACCOUNT_ID],
      ['segment_id', 'seg-1'],
      ['portfolio_id', 'pf-1'],
      ['matched_rule_id', RULE_ID],
    ])('accepts %s=%s', async (parameter, value) => {
      expectListShape(await get(`/v1/audit-events?${parameter}=${encodeURIComponent(value)}`));
    });

    it('filters validations by the request and response paths Tracer queries, combined with its other filters', async () => {
      const sequencesOf = (answer: HttpAnswer) => listed(answer).map((entry) => entry.replace(/^TRANSACTION_VALIDATED#/, ''));
      const all = await get(`/v1/audit-events?account_id=${ACCOUNT_ID}&sort_order=ASC`);
      expect(all.json.auditEvents.map((event: { eventId: string }) => event.eventId)).toEqual(validationIds);
      expect(sequencesOf(await get('/v1/audit-events?transaction_type=WIRE'))).toEqual(['7']);
      expect(sequencesOf(await get(`/v1/audit-events?matched_rule_id=${RULE_ID}&segment_id=seg-1&sort_order=asc`))).toEqual(['7', '9']);
      expect(sequencesOf(await get(`/v1/audit-events?account_id=${ACCOUNT_ID}&result=DENY&resource_id=tx-3&actor_type=service`))).toEqual(['9']);
      expect((await get(`/v1/audit-events?account_id=${ACCOUNT_ID}&event_type=RULE_CREATED`)).json.auditEvents).toEqual([]);
    });

    it('sorts by event type, then ledger order, paging with its own cursor', async () => {
      const seen: string[] = [];
      let page = await get('/v1/audit-events?sort_by=event_type&sort_order=asc&limit=3&cursor=');
      for (;;) {
        seen.push(...listed(page));
        if (!page.json.hasMore) break;
        page = await get(`/v1/audit-events?sort_by=event_type&sort_order=ASC&limit=3&cursor=${encodeURIComponent(page.json.nextCursor)}`);
      }
      expect(seen).toEqual([
        'LIMIT_CREATED#4', 'LIMIT_DRAFTED#5', 'RULE_ACTIVATED#3', 'RULE_CREATED#1', 'RULE_DRAFTED#2',
        'TRANSACTION_VALIDATED#6', 'TRANSACTION_VALIDATED#7', 'TRANSACTION_VALIDATED#8', 'TRANSACTION_VALIDATED#9',
      ]);
      const cursor = (await get('/v1/audit-events?sort_by=event_type&limit=2')).json.nextCursor;
      const replayed = await get(`/v1/audit-events?sort_by=created_at&limit=2&cursor=${encodeURIComponent(cursor)}`);
      expectProblem(replayed, 400);
      expect(replayed.json.errors).toEqual([expect.objectContaining({ path: 'cursor', location: 'query' })]);
    });

    it.each([
      ['event_type', 'RULE_CREATE'],
      ['event_type', 'rule_created'],
      ['transaction_type', 'TED'],
      ['sort_by', 'amount'],
      ['sort_order', 'UP'],
      ['resource_id', 'r'.repeat(257)],
      ['account_id', ''],
      ['limit', '1001'],
      ['start_date', '2026-01-28'],
      ['matched_rule_id', 'x'.repeat(300)],
    ])('answers 400 naming %s for %j, with location and value as Tracer’s errors carry them', async (parameter, value) => {
      const answer = await get(`/v1/audit-events?${parameter}=${encodeURIComponent(value)}`);
      expectProblem(answer, 400);
      const error = answer.json.errors.find((item: { path: string }) => item.path === parameter);
      expect(error).toMatchObject({ path: parameter, location: 'query', message: expect.stringContaining(parameter) });
      expect(typeof error.value).toBe('string');
      expect(error.value.length).toBeLessThanOrEqual(300);
    });
  });

  describe('GET /v1/audit-events/{id}', () => {
    it('answers every member of Tracer’s audit event, with its JSON type', async () => {
      const answer = await get(`/v1/audit-events/${validationIds[1]}`);
      expect(answer.status).toBe(200);
      const event = answer.json;
      expect(event.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      for (const member of ['eventType', 'resourceType', 'resourceId', 'action', 'result', 'hash', 'previousHash', 'createdAt']) {
        expect({ member, type: typeof event[member] }).toEqual({ member, type: 'string' });
      }
      expect(TRACER_ENUMS.event_type).toContain(event.eventType);
      expect(TRACER_ENUMS.resource_type).toContain(event.resourceType);
      expect(TRACER_ENUMS.action).toContain(event.action);
      expect(TRACER_ENUMS.result).toContain(event.result);
      expect(Number.isNaN(Date.parse(event.createdAt))).toBe(false);
      expect(event.actor).toEqual(expect.objectContaining({ id: expect.any(String), actorType: expect.any(String) }));
      for (const member of ['context', 'metadata']) expect(event[member]).toEqual(expect.any(Object));
    });

    it('answers 400 for an id that is not a UUID, and 404 for one of another ledger', async () => {
      expectProblem(await get('/v1/audit-events/not-a-uuid'), 400);
      const other = (await ledger.request('GET', '/v1/audit-events?limit=1', { apiKey: OTHER_KEY })).json.auditEvents[0].eventId;
      expectProblem(await get(`/v1/audit-events/${other}`), 404);
    });
  });

  describe('GET /v1/audit-events/{id}/verify', () => {
    it('answers Tracer’s isValid, totalChecked and message, without firstInvalidId when intact, beside our own members', async () => {
      const answer = await get(`/v1/audit-events/${validationIds[1]}/verify`);
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ isValid: true, totalChecked: 3, message: expect.any(String) });
      expect(answer.json).not.toHaveProperty('firstInvalidId');
      expect(answer.json).toMatchObject({ eventId: validationIds[1], sequence: 7, hashValid: true, previousLinkValid: true, nextLinkValid: true });
    });
  });

  describe('authentication', () => {
    it('accepts Authorization: Bearer <key> on every operation, /metrics included', async () => {
      const bearer = { authorization: `Bearer ${KEY}` };
      expect((await get('/v1/audit-events?limit=1', bearer)).status).toBe(200);
      expect((await get(`/v1/audit-events/${validationIds[0]}`, bearer)).status).toBe(200);
      expect((await get(`/v1/audit-events/${validationIds[0]}/verify`, bearer)).status).toBe(200);
      expect((await get('/metrics', bearer)).status).toBe(200);
      const body = transactionValidatedWith('tx-bearer', 'ALLOW', { transactionType: 'CARD' });
      expect((await ledger.request('POST', '/v1/audit-events', { headers: bearer, body })).status).toBe(201);
    });

    it('answers 400 AUTH.CONFLICTING_API_KEYS when X-API-Key and the Bearer token differ, echoing neither', async () => {
      const answer = await get('/v1/audit-events', { 'x-api-key': KEY, authorization: `Bearer ${OTHER_KEY}` });
      expectProblem(answer, 400, [KEY, OTHER_KEY]);
      expect(answer.json.code).toBe('AUTH.CONFLICTING_API_KEYS');
      expect((await get('/v1/audit-events?limit=1', { 'x-api-key': KEY, authorization: `Bearer ${KEY}` })).status).toBe(200);
    });
  });

  it('records a draft revision only of a draft (RULE_DRAFTED of an active rule is 409)', async () => {
    const after = { name: 'High value', expression: 'amount > 3000', action: 'DENY' };
    const refused = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body: lifecycleEvent('RULE_DRAFTED', RULE_ID, { after }) });
    expectProblem(refused, 409);
    expect(refused.json.code).toBe('LEDGER.RULE_NOT_DRAFT');
    const limit = (await get(`/v1/limits/${LIMIT_ID}`)).json;
    expect(limit).toMatchObject({ status: 'DRAFT', version: 2 });
    expect(JSON.stringify(limit)).toContain('7000.00');
  });
});
