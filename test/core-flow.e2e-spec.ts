import { createHash } from 'node:crypto';
import { canonicalize, computeRecordHash, GENESIS_HASH } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { customEvent, ruleCreated, transactionValidated } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { listAll } from './support/ledger-reads.js';

const KEY = 'core-flow-key-0123456789';
const OTHER_KEY = 'core-flow-other-key-0123456789';
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PROBLEM_JSON = /^application\/problem\+json/;

/** The wire-contract hash, recomputed here from scratch: SHA-256 of the RFC 8785 form without `hash`. */
function recomputeHash(record: AuditRecord): string {
  const { hash: _hash, ...unsealed } = record;
  return createHash('sha256').update(canonicalize(unsealed), 'utf8').digest('hex');
}

describe('the ledger over HTTP: append, read, list, idempotency, batches, verify', () => {
  let ledger: LedgerProcess;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => ledger.request('POST', path, { apiKey: KEY, body, headers });
  const get = (path: string) => ledger.request('GET', path, { apiKey: KEY });
  const length = async () => (await get('/v1/ledger')).json.length as number;

  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [
        { key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read', 'ledger:admin'] },
        { key: OTHER_KEY, ledgerId: 'other', scopes: ['audit:write', 'audit:read'] },
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  let first: AuditRecord;

  it('appends one event: 201, the full sealed record and a Location', async () => {
    const response = await post('/v1/audit-events', ruleCreated('rule-1'));
    expect(response.status).toBe(201);
    first = response.json;
    expect(first).toMatchObject({ ledgerId: 'acme', sequence: 1, resourceType: 'rule', action: 'CREATE', previousHash: GENESIS_HASH });
    expect(first.eventId).toMatch(UUID_V7);
    expect(first.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(recomputeHash(first)).toBe(first.hash);
    expect(computeRecordHash(first)).toBe(first.hash);
    expect(Object.values(first)).not.toContain(null);
    expect(first).toMatchObject({ eventType: 'RULE_CREATED', resourceId: 'rule-1', result: 'SUCCESS', metadata: { origin: 'e2e' } });
    expect(response.headers.get('location')).toMatch(new RegExp(`(^|/)v1/audit-events/${first.eventId}$`));
  });

  it('returns the identical record right after the 201 (read-your-writes)', async () => {
    const created = await post('/v1/audit-events', customEvent('company-1'));
    const read = await get(`/v1/audit-events/${created.json.eventId}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);
    expect(read.json.previousHash).toBe(first.hash);
  });

  it('replays an Idempotency-Key with the same body (200, same record) and refuses a different body (409)', async () => {
    const body = transactionValidated('tx-1');
    const created = await post('/v1/audit-events', body, { 'idempotency-key': 'tx-1-validated' });
    const before = await length();
    const again = await post('/v1/audit-events', body, { 'idempotency-key': 'tx-1-validated' });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(created.json);
    const different = await post('/v1/audit-events', transactionValidated('tx-1', 'DENY'), { 'idempotency-key': 'tx-1-validated' });
    expect(different.status).toBe(409);
    expect(different.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(different.json.code).toBe('LEDGER.IDEMPOTENCY_KEY_REUSED');
    expect(await length()).toBe(before);
    expect((await get(`/v1/audit-events/${created.json.eventId}`)).json.result).toBe('ALLOW');
  });

  it('replays a batch by its Idempotency-Key', async () => {
    const events = [ruleCreated('rule-b1'), ruleCreated('rule-b2')];
    const created = await post('/v1/audit-events/batch', { events }, { 'idempotency-key': 'batch-1' });
    expect(created.status).toBe(201);
    expect(created.json.auditEvents.map((e: AuditRecord) => e.sequence)).toEqual([created.json.auditEvents[0].sequence, created.json.auditEvents[0].sequence + 1]);
    const before = await length();
    const again = await post('/v1/audit-events/batch', { events }, { 'idempotency-key': 'batch-1' });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(created.json);
    const different = await post('/v1/audit-events/batch', { events: [events[0]] }, { 'idempotency-key': 'batch-1' });
    expect(different.status).toBe(409);
    expect(different.headers.get('content-type')).toMatch(PROBLEM_JSON);
    expect(await length()).toBe(before);
  });

  it('stores nothing of a batch of 100 with one bad event, and names its index and field', async () => {
    const before = await length();
    const events: object[] = Array.from({ length: 100 }, (_, i) => transactionValidated(`tx-${i}`));
    events[57] = { ...events[57], actor: { id: 'x', actorType: 'robot' } };
    const response = await post('/v1/audit-events/batch', { events });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(PROBLEM_JSON);
    const paths: string[] = response.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('events[57].actor.actorType');
    expect(paths.filter((path) => !path.startsWith('events[57].'))).toEqual([]);
    expect(await length()).toBe(before);
    const newest = (await get('/v1/audit-events?limit=1')).json.auditEvents[0];
    expect(newest.sequence).toBe(before);
  });

  describe('with 2,500 more events', () => {
    beforeAll(async () => {
      for (let b = 0; b < 25; b++) {
        const events = Array.from({ length: 100 }, (_, i) => {
          const n = b * 100 + i;
          return n % 5 === 0 ? customEvent(`company-${n % 7}`) : transactionValidated(`tx-${n}`, n % 2 === 0 ? 'ALLOW' : 'REVIEW');
        });
        const response = await post('/v1/audit-events/batch', { events });
        expect(response.status).toBe(201);
      }
    }, 120_000);

    const walk = (query: string) => listAll(ledger, KEY, query);

    it.each([
      ['DESC', 100],
      ['ASC', 100],
      ['ASC', 333],
      ['DESC', 333],
    ])('pages every event %s with limit %i: no duplicate, no gap, links intact', async (order, limit) => {
      const records = await walk(`sort_order=${order}&limit=${limit}`);
      const total = await length();
      const sequences = records.map((r) => r.sequence);
      const expected = Array.from({ length: total }, (_, i) => i + 1);
      expect(sequences).toEqual(order === 'ASC' ? expected : expected.reverse());
      const ascending = order === 'ASC' ? records : [...records].reverse();
      for (let i = 1; i < ascending.length; i++) expect(ascending[i].previousHash).toBe(ascending[i - 1].hash);
      for (const record of ascending) expect(recomputeHash(record)).toBe(record.hash);
    }, 60_000);

    it('answers every filter with exactly the matching events', async () => {
      const all = await walk('sort_order=ASC&limit=1000');
      const cases: [string, (r: AuditRecord) => boolean][] = [
        ['event_type=COMPANY_DATA_UPDATED', (r) => r.eventType === 'COMPANY_DATA_UPDATED'],
        ['action=VALIDATE', (r) => r.action === 'VALIDATE'],
        ['result=REVIEW', (r) => r.result === 'REVIEW'],
        ['result=completed', (r) => r.result === 'completed'],
        ['event_type=TRANSACTION_VALIDATED&result=ALLOW', (r) => r.eventType === 'TRANSACTION_VALIDATED' && r.result === 'ALLOW'],
        ['resource_type=rule', (r) => r.resourceType === 'rule'],
        ['resource_type=company&resource_id=company-3', (r) => r.resourceType === 'company' && r.resourceId === 'company-3'],
        ['resource_id=tx-12', (r) => r.resourceId === 'tx-12'],
        ['actor_type=service', (r) => r.actor.actorType === 'service'],
        ['actor_id=admin-9', (r) => r.actor.id === 'admin-9'],
        ['category=COMPANY', (r) => r.category === 'COMPANY'],
        ['source=APP', (r) => r.source === 'APP'],
        [`start_date=${all[100].createdAt}`, (r) => r.createdAt >= all[100].createdAt],
        [`end_date=${all[100].createdAt}`, (r) => r.createdAt < all[100].createdAt],
        [`start_date=${all[0].createdAt}&end_date=${all[all.length - 1].createdAt}&event_type=RULE_CREATED`, (r) => r.eventType === 'RULE_CREATED' && r.createdAt < all[all.length - 1].createdAt],
      ];
      for (const [query, matches] of cases) {
        const got = (await walk(`sort_order=ASC&limit=1000&${query}`)).map((r) => r.sequence);
        const want = all.filter(matches).map((r) => r.sequence);
        expect({ query, got }).toEqual({ query, got: want });
        expect(want.length).toBeGreaterThan(0);
      }
    }, 60_000);

    it('verifies every event it is asked about: the first, one in the middle and the head', async () => {
      const total = await length();
      const [middle] = (await get(`/v1/audit-events?sort_order=ASC&limit=1&resource_id=tx-1234`)).json.auditEvents;
      const [head] = (await get('/v1/audit-events?limit=1')).json.auditEvents;
      for (const record of [first, middle, head]) {
        const verified = await get(`/v1/audit-events/${record.eventId}/verify`);
        expect(verified.status).toBe(200);
        expect(verified.json).toMatchObject({ isValid: true, eventId: record.eventId, sequence: record.sequence, hashValid: true, previousLinkValid: true, nextLinkValid: true });
      }
      expect(head.sequence).toBe(total);
    });

    it('verifies the whole chain in pieces of max_records, following nextFromSequence', async () => {
      let from: number | null = 1;
      let count = 0;
      let pieces = 0;
      while (from !== null) {
        const piece = await get(`/v1/ledger/verify?from_sequence=${from}&max_records=1000`);
        expect(piece.status).toBe(200);
        expect(piece.json).toMatchObject({ intact: true, firstBrokenSequence: null });
        expect(piece.json.verifiedCount).toBeLessThanOrEqual(1000);
        count += piece.json.verifiedCount;
        from = piece.json.nextFromSequence;
        if (from !== null) expect(from).toBe(count + 1);
        pieces += 1;
      }
      expect(count).toBe(await length());
      expect(pieces).toBe(Math.ceil(count / 1000));
      expect((await get('/v1/ledger/verify?from_sequence=1200&to_sequence=1299')).json).toMatchObject({ intact: true, verifiedCount: 100, nextFromSequence: null });
    });

    it('reports the head of the chain', async () => {
      const [head] = (await get('/v1/audit-events?limit=1')).json.auditEvents;
      expect((await get('/v1/ledger')).json).toEqual({ ledgerId: 'acme', length: head.sequence, headSequence: head.sequence, headHash: head.hash });
    });
  });

  it('keeps ledgers apart: another ledger starts its own chain and cannot see this one', async () => {
    const theirs = await ledger.request('POST', '/v1/audit-events', { apiKey: OTHER_KEY, body: ruleCreated('rule-1') });
    expect(theirs.json).toMatchObject({ ledgerId: 'other', sequence: 1, previousHash: GENESIS_HASH });
    expect((await ledger.request('GET', `/v1/audit-events/${first.eventId}`, { apiKey: OTHER_KEY })).status).toBe(404);
    expect((await ledger.request('GET', `/v1/audit-events/${first.eventId}/verify`, { apiKey: OTHER_KEY })).status).toBe(404);
    const list = await ledger.request('GET', '/v1/audit-events?limit=1000', { apiKey: OTHER_KEY });
    expect(list.json.auditEvents.map((e: AuditRecord) => e.ledgerId)).toEqual(['other']);
  });
});
