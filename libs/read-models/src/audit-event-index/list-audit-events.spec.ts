import { InvalidCursorError, type AuditRecord } from '#ledger-domain';
import { ReadStore } from '../projector/read-store.js';
import { auditRecords, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { AuditEventIndex } from './audit-event-index.js';
import type { AuditEventListFilter } from './audit-event-list-filter.js';

type Filters = Omit<AuditEventListFilter, 'limit' | 'sortOrder' | 'cursor'>;

describe('listing audit events', () => {
  const records = auditRecords('acme', 2500);
  let readStore: ReadStore;
  let index: AuditEventIndex;

  beforeAll(() => {
    readStore = ReadStore.open(':memory:');
    index = new AuditEventIndex(readStore);
    readStore.register([index]);
    const others = auditRecords('globex', 50);
    readStore.db.transaction(() => {
      [...records, ...others].forEach((record, i) => index.apply(readStore.db, toRecordedEvent(record, i + 1)));
    })();
  });
  afterAll(() => readStore.close());

  /** Follows nextCursor to the end; returns every sequence listed, in order. */
  function walk(filter: AuditEventListFilter): number[] {
    const seen: number[] = [];
    let page = index.list('acme', filter);
    for (;;) {
      seen.push(...page.auditEvents.map((event) => event.sequence));
      if (!page.hasMore) return seen;
      expect(page.auditEvents).toHaveLength(filter.limit);
      page = index.list('acme', { ...filter, cursor: page.nextCursor! });
    }
  }

  const expected = (matches: (record: AuditRecord) => boolean, sortOrder: 'ASC' | 'DESC') => {
    const sequences = records.filter(matches).map((record) => record.sequence);
    return sortOrder === 'ASC' ? sequences : sequences.reverse();
  };

  describe.each(['ASC', 'DESC'] as const)('paging %s, 100 a page', (sortOrder) => {
    it('lists all 2,500 events with no duplicate and no gap', () => {
      expect(walk({ limit: 100, sortOrder })).toEqual(expected(() => true, sortOrder));
    });

    it.each<[string, Filters, (record: AuditRecord) => boolean]>([
      ['event_type', { eventType: 'RULE_CREATED' }, (r) => r.eventType === 'RULE_CREATED'],
      ['action', { action: 'VALIDATE' }, (r) => r.action === 'VALIDATE'],
      ['result', { result: 'ALLOW' }, (r) => r.result === 'ALLOW'],
      ['resource_type', { resourceType: 'rule' }, (r) => r.resourceType === 'rule'],
      ['resource_id', { resourceId: 'r-3' }, (r) => r.resourceId === 'r-3'],
      ['resource_type + resource_id', { resourceType: 'rule', resourceId: 'r-3' }, (r) => r.resourceType === 'rule' && r.resourceId === 'r-3'],
      ['actor_type', { actorType: 'user' }, (r) => r.actor.actorType === 'user'],
      ['actor_id', { actorId: 'actor-1' }, (r) => r.actor.id === 'actor-1'],
      ['category', { category: 'COMPANY' }, (r) => r.category === 'COMPANY'],
      ['source', { source: 'APP' }, (r) => r.source === 'APP'],
      ['result + actor_type + event_type', { result: 'DENY', actorType: 'user', eventType: 'TRANSACTION_VALIDATED' },
        (r) => r.result === 'DENY' && r.actor.actorType === 'user' && r.eventType === 'TRANSACTION_VALIDATED'],
      ['a sequence range and a filter', { fromSequence: 300, toSequence: 1700, result: 'ALLOW' }, (r) => r.sequence >= 300 && r.sequence <= 1700 && r.result === 'ALLOW'],
      ['a sequence range inside a date range', { startDate: records[99]!.createdAt, fromSequence: 50, toSequence: 400 }, (r) => r.sequence >= 100 && r.sequence <= 400],
      ['a date range and a filter', { startDate: records[99]!.createdAt, endDate: records[1999]!.createdAt, result: 'ALLOW' },
        (r) => r.sequence >= 100 && r.sequence < 2000 && r.result === 'ALLOW'],
    ])('lists exactly the events matching %s', (_name, filters, matches) => {
      const seen = walk({ ...filters, limit: 100, sortOrder });
      expect(seen).toEqual(expected(matches, sortOrder));
      expect(seen.length).toBeGreaterThan(0);
    });
  });

  describe('a date range', () => {
    const at = (sequence: number, ms = 0) => new Date(Date.parse(records[sequence - 1]!.createdAt) + ms).toISOString();
    const list = (startDate?: string, endDate?: string) => walk({ limit: 1000, sortOrder: 'ASC', startDate, endDate });

    it('includes its start and excludes its end', () => {
      expect(list(at(10), at(20))).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    });
    it('accepts instants between records and other RFC 3339 offsets', () => {
      expect(list(at(10, 1), at(12, 1))).toEqual([11, 12]);
      expect(list('2026-11-22T02:00:10+02:00', '2026-11-22T02:00:13+02:00')).toEqual([10, 11, 12]);
    });
    it('reads a leap second as the second after :59', () => {
      expect(list('2026-11-22T00:00:59.5Z', '2026-11-22T00:00:60.5Z')).toEqual([60]);
      expect(list('2026-11-22T00:00:60Z', '2026-11-22T00:01:01Z')).toEqual([60]);
    });
    it('refuses a date that does not parse', () => {
      expect(() => list('2026-11-22T25:00:00Z')).toThrow(RangeError);
    });
    it('may be open at either end', () => {
      expect(list(at(2498))).toEqual([2498, 2499, 2500]);
      expect(list(undefined, at(3))).toEqual([1, 2]);
    });
    it('selects nothing when it lies outside the ledger or is inverted', () => {
      expect(list(at(2500, 1))).toEqual([]);
      expect(list(undefined, at(1))).toEqual([]);
      expect(list(at(20), at(10))).toEqual([]);
    });
  });

  describe('the cursor', () => {
    const first = () => index.list('acme', { limit: 10, sortOrder: 'DESC', result: 'ALLOW' });

    it('is refused when garbled', () => {
      expect(() => index.list('acme', { limit: 10, sortOrder: 'DESC', result: 'ALLOW', cursor: 'garbage!!' })).toThrow(InvalidCursorError);
      expect(() => index.list('acme', { limit: 10, sortOrder: 'DESC', result: 'ALLOW', cursor: first().nextCursor!.slice(0, -3) })).toThrow(
        /not one this service issued/,
      );
    });
    it('is refused with other filters or another sort order', () => {
      const cursor = first().nextCursor!;
      expect(() => index.list('acme', { limit: 10, sortOrder: 'DESC', result: 'DENY', cursor })).toThrow(/other filters/);
      expect(() => index.list('acme', { limit: 10, sortOrder: 'ASC', result: 'ALLOW', cursor })).toThrow(InvalidCursorError);
    });
    it('continues with another page size, and ignores filters given as undefined', () => {
      const cursor = first().nextCursor!;
      const next = index.list('acme', { limit: 3, sortOrder: 'DESC', result: 'ALLOW', eventType: undefined, cursor });
      expect(next.auditEvents.map((event) => event.sequence)).toEqual([2480, 2478, 2476]);
    });
    it('is null on the last page', () => {
      expect(index.list('acme', { limit: 1000, sortOrder: 'ASC', resourceId: 'r-7' })).toMatchObject({ hasMore: false, nextCursor: null });
    });
  });

  it('lists nothing for a ledger without events, and refuses a limit outside 1..1000', () => {
    expect(index.list('nobody', { limit: 100, sortOrder: 'DESC' })).toEqual({ auditEvents: [], hasMore: false, nextCursor: null });
    expect(() => index.list('acme', { limit: 0, sortOrder: 'DESC' })).toThrow(RangeError);
    expect(() => index.list('acme', { limit: 1001, sortOrder: 'DESC' })).toThrow(RangeError);
  });
});
