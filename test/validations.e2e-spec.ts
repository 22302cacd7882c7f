import type { AuditRecord } from '#ledger-domain';
import { lifecycleEvent, ruleCreated, transactionValidatedWith } from './support/audit-event-fixtures.js';
import { LedgerProcess } from './support/ledger-process.js';
import { errorPaths, expectProblem, type HttpAnswer } from './support/problem-assertions.js';

const KEY = 'validations-key-0123456789';
const OTHER_LEDGER_KEY = 'validations-globex-0123456789';
const WRITE_ONLY_KEY = 'validations-writer-0123456789';

function expectRefused(response: HttpAnswer, status: number, code: string): void {
  expectProblem(response, status);
  expect(response.json.code).toBe(code);
}

describe('transaction validations over HTTP: the list, one transaction, and the evidence behind a decision', () => {
  let ledger: LedgerProcess;
  const get = (path: string, apiKey = KEY) => ledger.request('GET', path, { apiKey });
  /** The records of the validations below, by name. */
  const validated: Record<string, AuditRecord> = {};

  const post = async (body: object): Promise<AuditRecord> => {
    const response = await ledger.request('POST', '/v1/audit-events', { apiKey: KEY, body });
    expect({ status: response.status, body: response.json }).toMatchObject({ status: 201 });
    return response.json;
  };
  const sequencesOf = (answer: HttpAnswer): number[] => answer.json.validations.map((v: { sequence: number }) => v.sequence);
  const seq = (...names: string[]) => names.map((name) => validated[name]!.sequence);

  beforeAll(async () => {
    ledger = await LedgerProcess.start({
      apiKeys: [
        { key: KEY, ledgerId: 'acme', scopes: ['audit:write', 'audit:read'] },
        { key: OTHER_LEDGER_KEY, ledgerId: 'globex', scopes: ['audit:read'] },
        { key: WRITE_ONLY_KEY, ledgerId: 'acme', scopes: ['audit:write'] },
      ],
    });
    await post(ruleCreated('r-high', { context: { after: { name: 'High value', expression: 'amount > 1000', action: 'DENY' } } }));
    await post(lifecycleEvent('RULE_ACTIVATED', 'r-high'));
    await post(ruleCreated('r-draft'));
    await post(lifecycleEvent('LIMIT_CREATED', 'l-daily', { after: { limitType: 'DAILY', maxAmount: '5000.00', currency: 'BRL', scopes: [{ accountId: 'acc-1' }] } }));
    await post(lifecycleEvent('LIMIT_ACTIVATED', 'l-daily'));
    validated['tx-1'] = await post(
      transactionValidatedWith(
        'tx-1',
        'DENY',
        { accountId: 'acc-1', segment: { id: 'seg-1' }, transactionType: 'PIX', amount: '1500.00', currency: 'BRL' },
        { matchedRules: [{ ruleId: 'r-high', name: 'High value' }, { id: 'r-draft' }, 'r-ghost'] },
      ),
    );
    validated['tx-2 first'] = await post(
      transactionValidatedWith('tx-2', 'REVIEW', { account: { id: 'acc-2' }, segmentId: 'seg-2', portfolioId: 'pf-1', type: 'TED' }, { matchedRuleIds: ['r-high'] }),
    );
    await post(ruleCreated('r-late'));
    validated['tx-2 again'] = await post(
      transactionValidatedWith('tx-2', 'ALLOW', { account: { id: 'acc-2' }, segmentId: 'seg-2', portfolioId: 'pf-1', type: 'TED' }, { matchedRuleIds: [] }),
    );
    await post(lifecycleEvent('RULE_DEACTIVATED', 'r-high'));
    validated['tx-3'] = await post(
      transactionValidatedWith('tx-3', 'ALLOW', { account: { accountId: 'acc-1' }, portfolio: { id: 'pf-1' }, amount: 99.5 }, { matchedRuleIds: ['r-high'] }),
    );
  }, 60_000);
  afterAll(async () => {
    await ledger.stop();
    ledger.removeData();
  });

  describe('GET /v1/validations', () => {
    it('lists every validation, newest first, each with what its request and response said and the full record', async () => {
      const page = await get('/v1/validations');
      expect(page.status).toBe(200);
      expect(page.json).toMatchObject({ hasMore: false, nextCursor: null });
      expect(sequencesOf(page)).toEqual(seq('tx-3', 'tx-2 again', 'tx-2 first', 'tx-1'));
      const tx1 = validated['tx-1']!;
      expect(page.json.validations[3]).toEqual({
        transactionId: 'tx-1',
        decision: 'DENY',
        accountId: 'acc-1',
        segmentId: 'seg-1',
        transactionType: 'PIX',
        matchedRuleIds: ['r-high', 'r-draft', 'r-ghost'],
        amount: '1500.00',
        currency: 'BRL',
        sequence: tx1.sequence,
        eventId: tx1.eventId,
        createdAt: tx1.createdAt,
        auditEvent: tx1,
      });
      // A numeric amount is not read as one; the record still has it.
      expect(page.json.validations[0]).not.toHaveProperty('amount');
      expect(page.json.validations[0].auditEvent.context.request.amount).toBe(99.5);
    });

    it.each<[string, string, string[]]>([
      ['result', 'result=ALLOW', ['tx-3', 'tx-2 again']],
      ['account_id (flat, account.id and account.accountId alike)', 'account_id=acc-1', ['tx-3', 'tx-1']],
      ['segment_id', 'segment_id=seg-1', ['tx-1']],
      ['portfolio_id', 'portfolio_id=pf-1', ['tx-3', 'tx-2 again', 'tx-2 first']],
      ['transaction_type', 'transaction_type=TED', ['tx-2 again', 'tx-2 first']],
      ['matched_rule_id', 'matched_rule_id=r-high', ['tx-3', 'tx-2 first', 'tx-1']],
      ['matched_rule_id of a rule the ledger never had', 'matched_rule_id=r-ghost', ['tx-1']],
      ['matched_rule_id + result', 'matched_rule_id=r-high&result=REVIEW', ['tx-2 first']],
      ['account_id + result, oldest first', 'account_id=acc-1&result=DENY&sort_order=ASC', ['tx-1']],
      ['a value no validation has', 'account_id=acc-404', []],
    ])('filters on %s', async (_name, query, expected) => {
      const page = await get(`/v1/validations?${query}`);
      expect(page.status).toBe(200);
      expect(sequencesOf(page)).toEqual(seq(...expected));
    });

    it('filters on createdAt, start_date included and end_date excluded', async () => {
      const start = validated['tx-2 first']!.createdAt;
      const end = validated['tx-3']!.createdAt;
      const page = await get(`/v1/validations?sort_order=ASC&start_date=${encodeURIComponent(start)}&end_date=${encodeURIComponent(end)}`);
      // Several records may share a millisecond: expect what the recorded instants select.
      const expected = Object.values(validated).filter((record) => record.createdAt >= start && record.createdAt < end);
      expect(expected.map((record) => record.resourceId)).toContain('tx-2');
      expect(sequencesOf(page)).toEqual(expected.map((record) => record.sequence).sort((a, b) => a - b));
    });

    it.each(['ASC', 'DESC'])('pages %s with an opaque cursor, without duplicates or gaps', async (sortOrder) => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: HttpAnswer = await get(`/v1/validations?sort_order=${sortOrder}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.json.validations).toHaveLength(1);
        seen.push(...sequencesOf(page));
        cursor = page.json.hasMore ? page.json.nextCursor : null;
      } while (cursor !== null);
      const all = seq('tx-1', 'tx-2 first', 'tx-2 again', 'tx-3');
      expect(seen).toEqual(sortOrder === 'ASC' ? all : all.reverse());
    });

    it.each<[string, string]>([
      ['result', 'result=MAYBE'],
      ['limit', 'limit=0'],
      ['limit', 'limit=1001'],
      ['start_date', 'start_date=yesterday'],
      ['sort_order', 'sort_order=UP'],
      ['account_id', 'account_id='],
    ])('refuses a bad %s (%s) with a 400 naming it', async (name, query) => {
      const response = await get(`/v1/validations?${query}`);
      expectRefused(response, 400, 'LEDGER.REQUEST_INVALID');
      expect(errorPaths(response)).toContain(name);
    });

    it('refuses an unknown parameter, and a cursor of another listing', async () => {
      expectRefused(await get('/v1/validations?resource_id=tx-1'), 400, 'LEDGER.REQUEST_INVALID');
      const cursor = (await get('/v1/validations?limit=1')).json.nextCursor;
      expectRefused(await get(`/v1/validations?limit=1&result=ALLOW&cursor=${encodeURIComponent(cursor)}`), 400, 'LEDGER.INVALID_CURSOR');
    });

    it('shows another ledger none of them, and needs the audit:read scope', async () => {
      const other = await get('/v1/validations', OTHER_LEDGER_KEY);
      expect(other.json).toEqual({ validations: [], hasMore: false, nextCursor: null });
      expectRefused(await get('/v1/validations', WRITE_ONLY_KEY), 403, 'AUTH.MISSING_SCOPE');
    });
  });

  describe('GET /v1/validations/{transactionId}', () => {
    it('answers the latest validation of a transaction validated twice, pointing to the earlier one', async () => {
      const answer = await get('/v1/validations/tx-2');
      expect(answer.status).toBe(200);
      const latest = validated['tx-2 again']!;
      expect(answer.json).toEqual({
        transactionId: 'tx-2',
        decision: 'ALLOW',
        accountId: 'acc-2',
        segmentId: 'seg-2',
        portfolioId: 'pf-1',
        transactionType: 'TED',
        matchedRuleIds: [],
        sequence: latest.sequence,
        eventId: latest.eventId,
        createdAt: latest.createdAt,
        validationCount: 2,
        earlierSequences: seq('tx-2 first'),
        auditEvent: latest,
      });
    });

    it('answers a transaction validated once with no earlier sequences', async () => {
      const answer = await get('/v1/validations/tx-1');
      expect(answer.json).toMatchObject({ transactionId: 'tx-1', decision: 'DENY', validationCount: 1, earlierSequences: [], auditEvent: validated['tx-1'] });
    });

    it('answers 404 for a transaction never validated, an id that is a rule, and another ledger’s transaction', async () => {
      expectRefused(await get('/v1/validations/tx-404'), 404, 'LEDGER.VALIDATION_NOT_FOUND');
      expectRefused(await get('/v1/validations/r-high'), 404, 'LEDGER.VALIDATION_NOT_FOUND');
      expectRefused(await get('/v1/validations/tx-1', OTHER_LEDGER_KEY), 404, 'LEDGER.VALIDATION_NOT_FOUND');
    });

    it('looks up a long transaction id like any other, and refuses one over 256 characters or over the URL limit', async () => {
      expectRefused(await get(`/v1/validations/${encodeURIComponent('ü'.repeat(256))}`), 404, 'LEDGER.VALIDATION_NOT_FOUND');
      expectRefused(await get(`/v1/validations/${'t'.repeat(257)}`), 400, 'LEDGER.REQUEST_INVALID');
      expectRefused(await get(`/v1/rules/${'r'.repeat(4000)}`), 414, 'HTTP.URI_TOO_LONG');
    });
  });

  describe('GET /v1/validations/{transactionId}/context', () => {
    it('shows the rules and limits as they stood right before the validation, and checks its matched rules against them', async () => {
      const answer = await get('/v1/validations/tx-1/context');
      expect(answer.status).toBe(200);
      const { validation, asOfSequence, rules, limits, activeRuleIds, activeLimitIds, matchedRules } = answer.json;
      expect(validation).toMatchObject({ transactionId: 'tx-1', sequence: validated['tx-1']!.sequence, auditEvent: validated['tx-1'] });
      expect(asOfSequence).toBe(validated['tx-1']!.sequence - 1);
      // r-late came after the validation: not part of its evidence.
      expect(rules.map((rule: { ruleId: string; status: string }) => [rule.ruleId, rule.status])).toEqual([
        ['r-draft', 'DRAFT'],
        ['r-high', 'ACTIVE'],
      ]);
      expect(rules[1]).toMatchObject({ name: 'High value', expression: 'amount > 1000', action: 'DENY', version: 2 });
      expect(limits).toEqual([expect.objectContaining({ limitId: 'l-daily', status: 'ACTIVE', maxAmount: '5000.00', currency: 'BRL' })]);
      expect(activeRuleIds).toEqual(['r-high']);
      expect(activeLimitIds).toEqual(['l-daily']);
      expect(matchedRules).toEqual([
        { ruleId: 'r-high', found: true, status: 'ACTIVE', activeAtValidation: true },
        { ruleId: 'r-draft', found: true, status: 'DRAFT', activeAtValidation: false },
        { ruleId: 'r-ghost', found: false, activeAtValidation: false },
      ]);
    });

    it('keeps showing a rule ACTIVE at validation time after it was deactivated', async () => {
      expect((await get('/v1/rules/r-high')).json).toMatchObject({ status: 'INACTIVE' });
      const answer = await get('/v1/validations/tx-2/context');
      expect(answer.json.validation.sequence).toBe(validated['tx-2 again']!.sequence);
      expect(answer.json.activeRuleIds).toEqual(['r-high']);
      expect(answer.json.rules.map((rule: { ruleId: string }) => rule.ruleId)).toEqual(['r-draft', 'r-high', 'r-late']);
      expect(answer.json.matchedRules).toEqual([]);
    });

    it('flags a matched rule that was no longer active when the validation was made', async () => {
      const answer = await get('/v1/validations/tx-3/context');
      expect(answer.json.activeRuleIds).toEqual([]);
      expect(answer.json.matchedRules).toEqual([{ ruleId: 'r-high', found: true, status: 'INACTIVE', activeAtValidation: false }]);
    });

    it('answers 404 for a transaction never validated', async () => {
      expectRefused(await get('/v1/validations/tx-404/context'), 404, 'LEDGER.VALIDATION_NOT_FOUND');
      expectRefused(await get('/v1/validations/tx-1/context', OTHER_LEDGER_KEY), 404, 'LEDGER.VALIDATION_NOT_FOUND');
    });
  });
});
