import { ReadStore } from '../projector/read-store.js';
import { auditRecords, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { AuditEventIndex } from './audit-event-index.js';
import type { AuditEventListFilter } from './audit-event-list-filter.js';
import { buildListQuery } from './list-audit-events.sql.js';

/**
 * Each list filter must be an index range scan in sequence order: a full scan, or sorting the
 * matches in a temporary B-tree, would read every event of the ledger (a million, in production).
 */
describe('the list query plan', () => {
  let readStore: ReadStore;
  beforeAll(() => {
    readStore = ReadStore.open(':memory:');
    const index = new AuditEventIndex(readStore);
    readStore.register([index]);
    auditRecords('acme', 100).forEach((record, i) => index.apply(readStore.db, toRecordedEvent(record, i + 1)));
  });
  afterAll(() => readStore.close());

  const dates = { startDate: '2026-11-22T00:00:05Z', endDate: '2026-11-22T00:01:00Z' };
  const PRIMARY_KEY = 'sqlite_autoindex_audit_events_1';

  it.each<[string, Omit<AuditEventListFilter, 'limit' | 'sortOrder'>, string]>([
    ['no filter', {}, PRIMARY_KEY],
    ['event_type', { eventType: 'RULE_CREATED' }, 'audit_events_event_type'],
    ['action', { action: 'CREATE' }, 'audit_events_action'],
    ['result', { result: 'ALLOW' }, 'audit_events_result'],
    ['resource_type', { resourceType: 'rule' }, 'audit_events_resource_type'],
    ['resource_id', { resourceId: 'r-3' }, 'audit_events_resource_id'],
    ['resource_type + resource_id', { resourceType: 'rule', resourceId: 'r-3' }, 'audit_events_resource_id'],
    ['actor_type', { actorType: 'service' }, 'audit_events_actor_type'],
    ['actor_id', { actorId: 'actor-1' }, 'audit_events_actor_id'],
    ['category', { category: 'COMPANY' }, 'audit_events_category'],
    ['source', { source: 'APP' }, 'audit_events_source'],
    ['a date range', dates, PRIMARY_KEY],
    ['a date range + result', { ...dates, result: 'ALLOW' }, 'audit_events_result'],
  ])('answers %s from an index, in sequence order, both ways', (_name, filters, expectedIndex) => {
    for (const sortOrder of ['ASC', 'DESC'] as const) {
      const query = buildListQuery(readStore.db, 'audit_events', 'acme', { ...filters, limit: 100, sortOrder })!;
      const plan = readStore.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[];
      const details = plan.map((row) => row.detail);
      expect(details).toEqual([expect.stringMatching(new RegExp(`^SEARCH audit_events USING (COVERING )?INDEX ${expectedIndex} \\(ledger_id=\\?`))]);
      expect(details.join()).not.toMatch(/TEMP B-TREE|SCAN/);
    }
  });

  it('finds the sequence range of a date range on the created_at index', () => {
    const plans = ['created_at >= ? ORDER BY created_at, sequence', 'created_at < ? ORDER BY created_at DESC, sequence DESC'].map((where) =>
      readStore.db
        .prepare(`EXPLAIN QUERY PLAN SELECT sequence FROM audit_events WHERE ledger_id = ? AND ${where} LIMIT 1`)
        .all('acme', dates.startDate)
        .map((row) => (row as { detail: string }).detail),
    );
    for (const plan of plans) expect(plan).toEqual([expect.stringMatching(/^SEARCH audit_events USING COVERING INDEX audit_events_created_at \(ledger_id=\? AND created_at[<>]\?\)$/)]);
  });
});
