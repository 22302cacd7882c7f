import type { RecordedEvent } from '#event-store';
import { InvalidCursorError, type AuditRecord, type JsonObject } from '#ledger-domain';
import { AuditEventIndex } from '../audit-event-index/audit-event-index.js';
import { ReadStore } from '../projector/read-store.js';
import { LedgerScript, ruleImage, scriptTime } from '../testing/lifecycle-fixtures.js';
import { ValidationIndex } from './validation-index.js';
import type { ValidationListFilter } from './validation-list-filter.js';
import { validationViews } from './validation-view.js';

/** What the script below put in each validation, to compute every listing's expected answer independently. */
interface Scripted {
  sequence: number;
  transactionId: string;
  result: string;
  accountId: string;
  segmentId: string;
  portfolioId?: string;
  transactionType: string;
  matchedRuleIds: string[];
}

const RESULTS = ['ALLOW', 'DENY', 'REVIEW'];

/**
 * 240 validations of 60 transactions in ledger-a, each spelled one of the ways emitters do,
 * between rule events and custom events that the index must ignore.
 */
function scriptLedger(script: LedgerScript): Scripted[] {
  const scripted: Scripted[] = [];
  script.add('RULE_CREATED', 'r-1', { after: ruleImage('High value', 'amount > 100') });
  for (let i = 0; i < 240; i++) {
    if (i % 4 === 0) script.add('RULE_UPDATED', 'r-1', { before: ruleImage('High value', 'amount > 100'), after: ruleImage('High value', 'amount > 100') });
    if (i % 9 === 0) script.add('COMPANY_DATA_UPDATED', 'co-1', { after: { accountId: 'acc-1' } });
    const facts = {
      transactionId: `tx-${i % 60}`,
      result: RESULTS[Math.floor(i / 2) % 3]!,
      accountId: `acc-${i % 3}`,
      segmentId: `seg-${i % 4}`,
      ...(i % 5 === 0 ? { portfolioId: `pf-${i % 2}` } : {}),
      transactionType: i % 7 === 0 ? 'TED' : 'PIX',
      matchedRuleIds: i % 6 === 0 ? ['r-1', 'r-2'] : i % 6 === 1 ? ['r-2'] : [],
    };
    const request: JsonObject = {
      ...(i % 2 ? { accountId: facts.accountId } : { account: { id: facts.accountId, name: 'Zoë' } }),
      ...(i % 3 ? { segmentId: facts.segmentId } : { segment: { id: facts.segmentId } }),
      ...(facts.portfolioId ? { portfolio: { portfolioId: facts.portfolioId } } : {}),
      ...(i % 2 ? { transactionType: facts.transactionType } : { type: facts.transactionType }),
      amount: `${i}.00`,
      currency: 'BRL',
    };
    const response: JsonObject = i % 2 ? { matchedRuleIds: facts.matchedRuleIds } : { matchedRules: facts.matchedRuleIds.map((ruleId) => ({ ruleId })) };
    const record = script.add('TRANSACTION_VALIDATED', facts.transactionId, { request, response }, facts.result);
    scripted.push({ sequence: record.sequence, ...facts });
  }
  return scripted;
}

describe('the ValidationIndex read model', () => {
  let readStore: ReadStore;
  let index: ValidationIndex;
  let auditEvents: AuditEventIndex;
  let script: LedgerScript;
  let other: LedgerScript;
  let scripted: Scripted[];

  const project = (events: readonly RecordedEvent[]) =>
    readStore.db.transaction(() => events.forEach((event) => [index, auditEvents].forEach((projection) => projection.apply(readStore.db, event))))();
  const count = (table: string) => readStore.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

  beforeEach(() => {
    readStore = ReadStore.open(':memory:');
    index = new ValidationIndex(readStore);
    auditEvents = new AuditEventIndex(readStore);
    readStore.register([index, auditEvents]);
    script = new LedgerScript('ledger-a');
    scripted = scriptLedger(script);
    // Another ledger whose validations share every filter value with ledger-a's.
    other = new LedgerScript('ledger-b', script.events.length + 1);
    scriptLedger(other);
    project([...script.events, ...other.events]);
  });
  afterEach(() => readStore.close());

  /** Follows nextCursor to the end; returns every sequence listed, in order. */
  function walk(filter: ValidationListFilter, ledgerId = 'ledger-a'): number[] {
    const seen: number[] = [];
    let page = index.list(ledgerId, filter);
    for (;;) {
      seen.push(...page.sequences);
      if (!page.hasMore) return seen;
      expect(page.sequences).toHaveLength(filter.limit);
      page = index.list(ledgerId, { ...filter, cursor: page.nextCursor! });
    }
  }

  const expected = (matches: (validation: Scripted) => boolean, sortOrder: 'ASC' | 'DESC') => {
    const sequences = scripted.filter(matches).map((validation) => validation.sequence);
    return sortOrder === 'ASC' ? sequences : sequences.reverse();
  };

  type Filters = Omit<ValidationListFilter, 'limit' | 'sortOrder' | 'cursor'>;
  const inDates = (from: number, to: number) => (v: Scripted) => v.sequence >= from && v.sequence < to;

  describe.each(['ASC', 'DESC'] as const)('paging %s, 7 a page', (sortOrder) => {
    it('lists every validation of the ledger once, with no duplicate and no gap', () => {
      expect(walk({ limit: 7, sortOrder })).toEqual(expected(() => true, sortOrder));
      expect(expected(() => true, sortOrder)).toHaveLength(240);
    });

    it.each<[string, Filters, (validation: Scripted) => boolean]>([
      ['result', { result: 'REVIEW' }, (v) => v.result === 'REVIEW'],
      ['account_id', { accountId: 'acc-1' }, (v) => v.accountId === 'acc-1'],
      ['segment_id', { segmentId: 'seg-3' }, (v) => v.segmentId === 'seg-3'],
      ['portfolio_id', { portfolioId: 'pf-0' }, (v) => v.portfolioId === 'pf-0'],
      ['transaction_type', { transactionType: 'TED' }, (v) => v.transactionType === 'TED'],
      ['matched_rule_id', { matchedRuleId: 'r-2' }, (v) => v.matchedRuleIds.includes('r-2')],
      ['a date range', { startDate: scriptTime(50), endDate: scriptTime(150) }, inDates(50, 150)],
      ['result + account_id + segment_id', { result: 'REVIEW', accountId: 'acc-2', segmentId: 'seg-1' },
        (v) => v.result === 'REVIEW' && v.accountId === 'acc-2' && v.segmentId === 'seg-1'],
      ['matched_rule_id + result', { matchedRuleId: 'r-1', result: 'ALLOW' }, (v) => v.matchedRuleIds.includes('r-1') && v.result === 'ALLOW'],
      ['matched_rule_id + a date range', { matchedRuleId: 'r-2', startDate: scriptTime(100), endDate: scriptTime(200) },
        (v) => v.matchedRuleIds.includes('r-2') && inDates(100, 200)(v)],
      ['transaction_type + a date range', { transactionType: 'PIX', startDate: scriptTime(30) }, (v) => v.transactionType === 'PIX' && v.sequence >= 30],
    ])('filters on %s', (_name, filters, matches) => {
      const want = expected(matches, sortOrder);
      expect(want.length).toBeGreaterThan(3);
      expect(want.length).toBeLessThan(240);
      expect(walk({ ...filters, limit: 7, sortOrder })).toEqual(want);
    });
  });

  it('lists nothing for a value no validation has, a rule no validation matched, or dates outside the ledger', () => {
    expect(walk({ limit: 10, sortOrder: 'DESC', accountId: 'acc-9' })).toEqual([]);
    expect(walk({ limit: 10, sortOrder: 'DESC', matchedRuleId: 'r-ghost' })).toEqual([]);
    expect(walk({ limit: 10, sortOrder: 'DESC', startDate: scriptTime(script.head + 1) })).toEqual([]);
    expect(walk({ limit: 10, sortOrder: 'DESC', startDate: scriptTime(20), endDate: scriptTime(10) })).toEqual([]);
    expect(index.list('nobody', { limit: 10, sortOrder: 'DESC' })).toEqual({ sequences: [], hasMore: false, nextCursor: null });
  });

  it('keeps each ledger apart', () => {
    const ledgerB = walk({ limit: 1000, sortOrder: 'ASC' }, 'ledger-b');
    expect(ledgerB).toHaveLength(240);
    expect(index.sequencesOf('ledger-b', 'tx-1')).toEqual(index.sequencesOf('ledger-a', 'tx-1'));
    expect(index.sequencesOf('ledger-c', 'tx-1')).toEqual([]);
  });

  describe('the cursor', () => {
    const first = () => index.list('ledger-a', { limit: 5, sortOrder: 'DESC', accountId: 'acc-1' });

    it('continues with another page size, and ignores filters given as undefined', () => {
      const next = index.list('ledger-a', { limit: 3, sortOrder: 'DESC', accountId: 'acc-1', result: undefined, cursor: first().nextCursor! });
      expect([...first().sequences, ...next.sequences]).toEqual(expected((v) => v.accountId === 'acc-1', 'DESC').slice(0, 8));
    });
    it('is refused with other filters, another order, or garbled', () => {
      const cursor = first().nextCursor!;
      expect(() => index.list('ledger-a', { limit: 5, sortOrder: 'DESC', accountId: 'acc-2', cursor })).toThrow(/other filters/);
      expect(() => index.list('ledger-a', { limit: 5, sortOrder: 'ASC', accountId: 'acc-1', cursor })).toThrow(InvalidCursorError);
      expect(() => index.list('ledger-a', { limit: 5, sortOrder: 'DESC', accountId: 'acc-1', cursor: 'garbage!!' })).toThrow(/not one this service issued/);
    });
    it('is null on the last page', () => {
      expect(index.list('ledger-a', { limit: 1000, sortOrder: 'ASC' })).toMatchObject({ hasMore: false, nextCursor: null });
    });
  });

  it('refuses a limit outside 1..1000', () => {
    expect(() => index.list('ledger-a', { limit: 0, sortOrder: 'DESC' })).toThrow(RangeError);
    expect(() => index.list('ledger-a', { limit: 1001, sortOrder: 'DESC' })).toThrow(RangeError);
  });

  it('finds every validation of a transaction, oldest first', () => {
    expect(index.sequencesOf('ledger-a', 'tx-7')).toEqual(scripted.filter((v) => v.transactionId === 'tx-7').map((v) => v.sequence));
    expect(index.sequencesOf('ledger-a', 'tx-7')).toHaveLength(4);
    expect(index.sequencesOf('ledger-a', 'r-1')).toEqual([]);
  });

  it('ignores every event that is not a validation of a transaction', () => {
    expect(count('validations')).toBe(480);
    const record = script.events.find((event) => event.type === 'TRANSACTION_VALIDATED')!;
    const onCompany = { ...record, eventId: 'x', data: { ...record.data, resourceType: 'company', sequence: 9_999 } };
    project([onCompany, { ...record, streamName: 'rule-r1' }, { ...record, data: {}, unreadable: true }]);
    expect(count('validations')).toBe(480);
  });

  it('changes nothing when events are delivered again', () => {
    const before = [count('validations'), count('validation_matched_rules')];
    project(script.events);
    expect([count('validations'), count('validation_matched_rules')]).toEqual(before);
    expect(walk({ limit: 1000, sortOrder: 'ASC', matchedRuleId: 'r-2' })).toEqual(expected((v) => v.matchedRuleIds.includes('r-2'), 'ASC'));
  });

  it('serves views whose record comes from the audit event index', () => {
    const sequences = index.sequencesOf('ledger-a', 'tx-0');
    const views = validationViews(auditEvents, 'ledger-a', sequences);
    const record = script.events.find((event) => event.data['sequence'] === sequences[0])!.data as unknown as AuditRecord;
    expect(views.map((view) => view.sequence)).toEqual(sequences);
    expect(views[0]).toEqual({
      transactionId: 'tx-0',
      decision: 'ALLOW',
      accountId: 'acc-0',
      segmentId: 'seg-0',
      portfolioId: 'pf-0',
      transactionType: 'TED',
      matchedRuleIds: ['r-1', 'r-2'],
      amount: '0.00',
      currency: 'BRL',
      sequence: record.sequence,
      eventId: record.eventId,
      createdAt: record.createdAt,
      auditEvent: record,
    });
    expect(() => validationViews(auditEvents, 'ledger-a', [script.head + 1])).toThrow(/no record at sequence/);
  });

  describe('as another generation', () => {
    it('has its own name and tables, beside the live index', () => {
      const shadow = new ValidationIndex(readStore, { generation: 2 });
      readStore.register([shadow]);
      expect(shadow.name).toBe('validation-index@g2');
      expect(shadow.tables).toEqual({ validations: 'validations_g2', matchedRules: 'validation_matched_rules_g2' });
      expect(shadow.sequencesOf('ledger-a', 'tx-0')).toEqual([]);
      readStore.db.transaction(() => script.events.forEach((event) => shadow.apply(readStore.db, event)))();
      expect(shadow.list('ledger-a', { limit: 1000, sortOrder: 'ASC', matchedRuleId: 'r-1' }).sequences).toEqual(
        index.list('ledger-a', { limit: 1000, sortOrder: 'ASC', matchedRuleId: 'r-1' }).sequences,
      );
      expect(count('validations_g2')).toBe(240);
    });

    it('refuses a generation that is not a non-negative integer', () => {
      expect(() => new ValidationIndex(readStore, { generation: -1 })).toThrow(RangeError);
    });
  });
});
