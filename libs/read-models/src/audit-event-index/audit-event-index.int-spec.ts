import { randomUUID } from 'node:crypto';
import { NO_STREAM, SqliteEventStore, type EventToAppend } from '#event-store';
import { toLedgerStreamName } from '#ledger-domain';
import { Projector } from '../projector/projector.js';
import { ReadStore } from '../projector/read-store.js';
import { LedgerHeads } from '../ledger-heads/ledger-heads.js';
import { AuditEventIndex } from './audit-event-index.js';
import type { AuditEventListFilter } from './audit-event-list-filter.js';
import { buildListQuery } from './list-audit-events.sql.js';

function recordEvents(ledgerId: string, count: number, startAt = 1): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => {
    const sequence = startAt + i;
    const data = {
      eventId: randomUUID(),
      ledgerId,
      sequence,
      eventType: sequence % 3 === 0 ? 'RULE_CREATED' : 'TRANSACTION_VALIDATED',
      resourceType: sequence % 3 === 0 ? 'rule' : 'transaction',
      resourceId: `r-${sequence % 10}`,
      action: sequence % 3 === 0 ? 'CREATE' : 'VALIDATE',
      result: sequence % 2 === 0 ? 'ALLOW' : 'SUCCESS',
      actor: { id: `actor-${sequence % 4}`, actorType: 'service' },
      context: {},
      metadata: {},
      createdAt: new Date(Date.UTC(2026, 10, 22, 0, 0, 0, sequence * 1000)).toISOString(),
      previousHash: 'p'.repeat(64),
      hash: `h${sequence}`.padEnd(64, '0'),
    };
    return { eventId: data.eventId, type: data.eventType, data, metadata: { sequence } };
  });
}

describe('the audit event index, fed by the projector from a real store', () => {
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let index: AuditEventIndex;
  let heads: LedgerHeads;
  let projector: Projector;

  beforeAll(async () => {
    store = SqliteEventStore.open({ filename: ':memory:' });
    readStore = ReadStore.open(':memory:');
    index = new AuditEventIndex(readStore);
    heads = new LedgerHeads(readStore);
    projector = new Projector(store, readStore, [index, heads]);
    const events = recordEvents('acme', 2500);
    let result = { nextExpectedRevision: -1, position: 0 };
    for (let i = 0; i < events.length; i += 500) {
      result = await store.appendToStream(toLedgerStreamName('acme'), events.slice(i, i + 500), {
        expectedRevision: result.nextExpectedRevision < 0 ? NO_STREAM : result.nextExpectedRevision,
      });
    }
    await store.appendToStream(toLedgerStreamName('other'), recordEvents('other', 5), { expectedRevision: NO_STREAM });
    projector.start();
    expect(await projector.waitForPosition(await store.headPosition(), 10_000)).toBe(true);
  });

  afterAll(async () => {
    await projector.stop();
    await store.close();
    readStore.close();
  });

  const base: AuditEventListFilter = { limit: 100, sortOrder: 'DESC' };
  const walk = (filter: AuditEventListFilter) => {
    const seen: number[] = [];
    let page = index.list('acme', filter);
    seen.push(...page.auditEvents.map((e) => e.sequence));
    while (page.hasMore) {
      page = index.list('acme', { ...filter, cursor: page.nextCursor! });
      seen.push(...page.auditEvents.map((e) => e.sequence));
    }
    return seen;
  };

  it.each(['ASC', 'DESC'] as const)('pages all 2,500 events %s with no duplicate and no gap', (sortOrder) => {
    const seen = walk({ ...base, sortOrder });
    const expected = Array.from({ length: 2500 }, (_, i) => i + 1);
    expect(seen).toEqual(sortOrder === 'ASC' ? expected : expected.reverse());
  });

  it('pages a filtered listing exactly', () => {
    const seen = walk({ ...base, limit: 37, sortOrder: 'ASC', eventType: 'RULE_CREATED' });
    expect(seen).toEqual(Array.from({ length: 833 }, (_, i) => (i + 1) * 3));
  });

  it('answers a date range as [start, end)', () => {
    const start = new Date(Date.UTC(2026, 10, 22, 0, 0, 10)).toISOString();
    const end = new Date(Date.UTC(2026, 10, 22, 0, 0, 20)).toISOString();
    expect(walk({ ...base, sortOrder: 'ASC', startDate: start, endDate: end })).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('refuses a cursor used with other filters, and a garbled one', () => {
    const first = index.list('acme', base);
    expect(() => index.list('acme', { ...base, eventType: 'RULE_CREATED', cursor: first.nextCursor! })).toThrow(/other filters/);
    expect(() => index.list('acme', { ...base, cursor: 'garbage!!' })).toThrow(/not one this service issued/);
  });

  it('keeps ledgers apart', () => {
    const someOther = recordEvents('other', 1)[0]!;
    expect(index.list('other', base).auditEvents).toHaveLength(5);
    expect(index.getById('acme', someOther.eventId)).toBeUndefined();
    expect(heads.get('acme')).toMatchObject({ length: 2500, headSequence: 2500 });
  });

  it.each([
    ['event_type', { eventType: 'RULE_CREATED' }],
    ['action', { action: 'CREATE' }],
    ['result', { result: 'ALLOW' }],
    ['resource_type', { resourceType: 'rule' }],
    ['resource_type + resource_id', { resourceType: 'rule', resourceId: 'r-3' }],
    ['resource_id', { resourceId: 'r-3' }],
    ['actor_type', { actorType: 'service' }],
    ['actor_id', { actorId: 'actor-1' }],
    ['category', { category: 'X' }],
    ['source', { source: 'Y' }],
    ['date range', { startDate: '2026-11-22T00:00:05Z', endDate: '2026-11-22T00:10:00Z' }],
  ])('answers the %s filter from an index, never a full scan', (_name, filter) => {
    const query = buildListQuery(readStore.db, 'acme', { ...base, ...filter })!;
    const plan = readStore.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
    const details = plan.map((row) => row.detail).join(' | ');
    // A date range alone is a sequence range on the primary key: also an index range.
    expect(details).toMatch(/USING (COVERING )?INDEX audit_events_|USING PRIMARY KEY \(ledger_id=\? AND sequence>\?/);
    expect(details).not.toMatch(/USE TEMP B-TREE|SCAN audit_events/);
  });
});
