import { InvalidCursorError, type AuditRecord, type JsonObject } from '#ledger-domain';
import { ReadStore } from '../projector/read-store.js';
import { LedgerScript, ruleImage, scriptTime } from '../testing/lifecycle-fixtures.js';
import { ValidationIndex } from '../validation-index/validation-index.js';
import { AuditEventIndex } from './audit-event-index.js';
import type { AuditEventListFilter } from './audit-event-list-filter.js';

/** What the script put in each record, to compute every listing's expected answer independently of the SQL. */
interface Scripted {
  record: AuditRecord;
  accountId?: string;
  segmentId?: string;
  portfolioId?: string;
  transactionType?: string;
  matchedRuleIds: string[];
}

const TYPES = ['CARD', 'WIRE', 'PIX', 'CRYPTO'];

/** 300 events: validations (spelled as emitters do) between rule events and custom events, whose context says accountId too. */
function scriptLedger(script: LedgerScript): Scripted[] {
  const scripted: Scripted[] = [];
  for (let i = 0; i < 300; i++) {
    if (i % 5 === 0) {
      scripted.push({ record: script.add(i % 10 ? 'RULE_UPDATED' : 'RULE_CREATED', `r-${i % 3}`, { after: ruleImage('n', 'amount > 1') }), matchedRuleIds: [] });
    } else if (i % 7 === 0) {
      // Not a validation: its accountId must never match a validation filter.
      scripted.push({ record: script.add('COMPANY_DATA_UPDATED', `tx-${i % 11}`, { request: { accountId: 'acc-1' } }), matchedRuleIds: [] });
    } else {
      const facts = {
        accountId: `acc-${i % 3}`,
        segmentId: `seg-${i % 4}`,
        ...(i % 2 ? { portfolioId: `pf-${i % 5}` } : {}),
        transactionType: TYPES[i % 4]!,
        matchedRuleIds: i % 3 === 0 ? ['r-1', 'r-2'] : i % 3 === 1 ? ['r-2'] : [],
      };
      const request: JsonObject = {
        ...(i % 2 ? { accountId: facts.accountId } : { account: { id: facts.accountId } }),
        segmentId: facts.segmentId,
        ...(facts.portfolioId ? { portfolio: { id: facts.portfolioId } } : {}),
        ...(i % 2 ? { transactionType: facts.transactionType } : { type: facts.transactionType }),
      };
      const response: JsonObject = i % 2 ? { matchedRuleIds: facts.matchedRuleIds } : { matchedRules: facts.matchedRuleIds.map((ruleId) => ({ ruleId })) };
      const record = script.add('TRANSACTION_VALIDATED', `tx-${i % 11}`, { request, response }, ['ALLOW', 'DENY', 'REVIEW'][i % 3]);
      scripted.push({ record, ...facts });
    }
  }
  return scripted;
}

describe('listing audit events with Tracer’s filters and sort', () => {
  let readStore: ReadStore;
  let index: AuditEventIndex;
  let validations: ValidationIndex;
  let scripted: Scripted[];

  beforeAll(() => {
    readStore = ReadStore.open(':memory:');
    index = new AuditEventIndex(readStore);
    validations = new ValidationIndex(readStore);
    readStore.register([index, validations]);
    const script = new LedgerScript('ledger-a');
    scripted = scriptLedger(script);
    // Another ledger with the same values everywhere: never listed for ledger-a.
    const other = new LedgerScript('ledger-b', script.events.length + 1);
    scriptLedger(other);
    readStore.db.transaction(() => {
      for (const event of [...script.events, ...other.events]) for (const projection of [index, validations]) projection.apply(readStore.db, event);
    })();
  });
  afterAll(() => readStore.close());

  /** Follows nextCursor to the end; returns every record listed, in order. */
  function walk(filter: AuditEventListFilter): AuditRecord[] {
    const seen: AuditRecord[] = [];
    let page = index.list('ledger-a', filter, validations.tables);
    for (;;) {
      seen.push(...page.auditEvents);
      if (!page.hasMore) return seen;
      expect(page.auditEvents).toHaveLength(filter.limit);
      page = index.list('ledger-a', { ...filter, cursor: page.nextCursor! }, validations.tables);
    }
  }

  const inLedgerOrder = (matches: (s: Scripted) => boolean, sortOrder: 'ASC' | 'DESC') => {
    const sequences = scripted.filter(matches).map((s) => s.record.sequence);
    return sortOrder === 'ASC' ? sequences : sequences.reverse();
  };
  const byType = (matches: (s: Scripted) => boolean, sortOrder: 'ASC' | 'DESC') => {
    const sorted = scripted
      .filter(matches)
      .map((s) => s.record)
      .sort((a, b) => (a.eventType === b.eventType ? a.sequence - b.sequence : a.eventType < b.eventType ? -1 : 1));
    return (sortOrder === 'ASC' ? sorted : sorted.reverse()).map((record) => `${record.eventType}#${record.sequence}`);
  };

  type Filters = Omit<AuditEventListFilter, 'limit' | 'sortOrder' | 'cursor' | 'sortBy'>;
  const validated = (s: Scripted) => s.record.eventType === 'TRANSACTION_VALIDATED';
  const CASES: [string, Filters, (s: Scripted) => boolean][] = [
    ['nothing', {}, () => true],
    ['account_id', { accountId: 'acc-1' }, (s) => validated(s) && s.accountId === 'acc-1'],
    ['segment_id', { segmentId: 'seg-3' }, (s) => validated(s) && s.segmentId === 'seg-3'],
    ['portfolio_id', { portfolioId: 'pf-3' }, (s) => validated(s) && s.portfolioId === 'pf-3'],
    ['transaction_type', { transactionType: 'CRYPTO' }, (s) => validated(s) && s.transactionType === 'CRYPTO'],
    ['matched_rule_id', { matchedRuleId: 'r-2' }, (s) => s.matchedRuleIds.includes('r-2')],
    ['matched_rule_id + account_id + result', { matchedRuleId: 'r-1', accountId: 'acc-0', result: 'ALLOW' },
      (s) => s.matchedRuleIds.includes('r-1') && s.accountId === 'acc-0' && s.record.result === 'ALLOW'],
    ['account_id + resource_id + actor_id', { accountId: 'acc-2', resourceId: 'tx-4', actorId: 'ana' },
      (s) => validated(s) && s.accountId === 'acc-2' && s.record.resourceId === 'tx-4'],
    ['segment_id + transaction_type + a date range', { segmentId: 'seg-1', transactionType: 'WIRE', startDate: scriptTime(40), endDate: scriptTime(200) },
      (s) => validated(s) && s.segmentId === 'seg-1' && s.transactionType === 'WIRE' && s.record.sequence >= 40 && s.record.sequence < 200],
    ['account_id + event_type TRANSACTION_VALIDATED', { accountId: 'acc-1', eventType: 'TRANSACTION_VALIDATED' }, (s) => validated(s) && s.accountId === 'acc-1'],
    ['account_id + event_type RULE_CREATED (nothing)', { accountId: 'acc-1', eventType: 'RULE_CREATED' }, () => false],
    ['matched_rule_id + resource_type rule (nothing)', { matchedRuleId: 'r-1', resourceType: 'rule' }, () => false],
    ['result', { result: 'SUCCESS' }, (s) => s.record.result === 'SUCCESS'],
    ['resource_id', { resourceId: 'tx-3' }, (s) => s.record.resourceId === 'tx-3'],
    ['resource_id + a date range', { resourceId: 'tx-3', startDate: scriptTime(100) }, (s) => s.record.resourceId === 'tx-3' && s.record.sequence >= 100],
    ['event_type', { eventType: 'RULE_UPDATED' }, (s) => s.record.eventType === 'RULE_UPDATED'],
    ['a date range', { startDate: scriptTime(17), endDate: scriptTime(33) }, (s) => s.record.sequence >= 17 && s.record.sequence < 33],
  ];

  describe.each(['ASC', 'DESC'] as const)('%s, 7 a page', (sortOrder) => {
    it.each(CASES)('lists in ledger order exactly the events matching %s', (_name, filters, matches) => {
      for (const sortBy of [undefined, 'created_at'] as const) {
        expect(walk({ ...filters, sortBy, limit: 7, sortOrder }).map((record) => record.sequence)).toEqual(inLedgerOrder(matches, sortOrder));
      }
    });

    it.each(CASES)('lists by event type, then sequence, exactly the events matching %s', (_name, filters, matches) => {
      const listed = walk({ ...filters, sortBy: 'event_type', limit: 7, sortOrder }).map((record) => `${record.eventType}#${record.sequence}`);
      expect(listed).toEqual(byType(matches, sortOrder));
    });
  });

  it('pages by event type across types with a page size that ends exactly on a type', () => {
    const custom = scripted.filter((s) => s.record.eventType === 'COMPANY_DATA_UPDATED').length;
    const first = index.list('ledger-a', { sortBy: 'event_type', limit: custom, sortOrder: 'ASC' }, validations.tables);
    expect(first.auditEvents.every((record) => record.eventType === 'COMPANY_DATA_UPDATED')).toBe(true);
    expect(first.hasMore).toBe(true);
    const second = index.list('ledger-a', { sortBy: 'event_type', limit: 1, sortOrder: 'ASC', cursor: first.nextCursor! }, validations.tables);
    expect(second.auditEvents[0]!.eventType).toBe('RULE_CREATED');
  });

  describe('a cursor', () => {
    const first = (sortBy?: 'created_at' | 'event_type') => index.list('ledger-a', { sortBy, limit: 5, sortOrder: 'ASC' }, validations.tables).nextCursor!;

    it('of one sort is refused by the other', () => {
      expect(() => index.list('ledger-a', { sortBy: 'created_at', limit: 5, sortOrder: 'ASC', cursor: first('event_type') }, validations.tables)).toThrow(
        new InvalidCursorError('the cursor belongs to a listing sorted by event_type, not by created_at'),
      );
      expect(() => index.list('ledger-a', { sortBy: 'event_type', limit: 5, sortOrder: 'ASC', cursor: first() }, validations.tables)).toThrow(
        new InvalidCursorError('the cursor belongs to a listing sorted by created_at, not by event_type'),
      );
    });

    it('of the default sort continues sort_by=created_at, which is the same listing', () => {
      const page = index.list('ledger-a', { sortBy: 'created_at', limit: 5, sortOrder: 'ASC', cursor: first() }, validations.tables);
      expect(page.auditEvents.map((record) => record.sequence)).toEqual([6, 7, 8, 9, 10]);
    });

    it('is refused with another validation filter', () => {
      const cursor = index.list('ledger-a', { accountId: 'acc-1', limit: 2, sortOrder: 'ASC' }, validations.tables).nextCursor!;
      expect(() => index.list('ledger-a', { accountId: 'acc-2', limit: 2, sortOrder: 'ASC', cursor }, validations.tables)).toThrow(/other filters/);
    });
  });

  it('needs the validation tables for a validation filter', () => {
    expect(() => index.list('ledger-a', { accountId: 'acc-1', limit: 5, sortOrder: 'ASC' })).toThrow(/ValidationIndex tables/);
  });
});
