import { ReadStore } from '../projector/read-store.js';
import { auditRecords, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { AuditEventIndex } from './audit-event-index.js';
import type { AuditEventListFilter } from './audit-event-list-filter.js';
import { buildListQuery } from './list-audit-events.sql.js';
import { nextEventTypeQuery } from './list-by-event-type.sql.js';
import { pageQuery } from './page-query.sql.js';
import { ValidationIndex } from '../validation-index/validation-index.js';

/**
 * Each list filter must be an index range scan in sequence order: a full scan, or sorting the
 * matches in a temporary B-tree, would read every event of the ledger (a million, in production).
 */
describe('the list query plan', () => {
  let readStore: ReadStore;
  let validations: ValidationIndex;
  beforeAll(() => {
    readStore = ReadStore.open(':memory:');
    const index = new AuditEventIndex(readStore);
    validations = new ValidationIndex(readStore);
    readStore.register([index, validations]);
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

  const explain = (query: { sql: string; params: unknown[] }) =>
    (readStore.db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as { detail: string }[]).map((row) => row.detail);
  const RECORD_BY_KEY = /^SEARCH audit_events USING INDEX sqlite_autoindex_audit_events_1 \(ledger_id=\? AND sequence=\?\)$/;

  it.each<[string, Omit<AuditEventListFilter, 'limit' | 'sortOrder'>, RegExp[]]>([
    ['account_id', { accountId: 'acc-1' }, [/^SEARCH v USING (COVERING )?INDEX validations_account_id \(ledger_id=\? AND account_id=\?/, RECORD_BY_KEY]],
    ['segment_id', { segmentId: 'seg-1' }, [/^SEARCH v USING (COVERING )?INDEX validations_segment_id \(ledger_id=\? AND segment_id=\?/, RECORD_BY_KEY]],
    ['portfolio_id', { portfolioId: 'pf-1' }, [/^SEARCH v USING (COVERING )?INDEX validations_portfolio_id \(ledger_id=\? AND portfolio_id=\?/, RECORD_BY_KEY]],
    ['transaction_type', { transactionType: 'PIX' }, [/^SEARCH v USING (COVERING )?INDEX validations_transaction_type \(ledger_id=\? AND transaction_type=\?/, RECORD_BY_KEY]],
    ['matched_rule_id', { matchedRuleId: 'r-1' }, [/^SEARCH m USING PRIMARY KEY \(ledger_id=\? AND rule_id=\?/, RECORD_BY_KEY]],
    ['matched_rule_id + account_id', { matchedRuleId: 'r-1', accountId: 'acc-1' },
      [/^SEARCH m USING PRIMARY KEY \(ledger_id=\? AND rule_id=\?/, /^SEARCH v USING PRIMARY KEY \(ledger_id=\? AND sequence=\?\)$/, RECORD_BY_KEY]],
    ['account_id + every audit filter + a date range',
      { accountId: 'acc-1', eventType: 'TRANSACTION_VALIDATED', result: 'ALLOW', resourceId: 'r-1', actorId: 'actor-1', actorType: 'service', ...dates },
      [/^SEARCH v USING (COVERING )?INDEX validations_account_id \(ledger_id=\? AND account_id=\? AND sequence>\? AND sequence<\?\)$/, RECORD_BY_KEY]],
  ])('answers the validation filter %s from the ValidationIndex, each record by key, in sequence order, both ways', (_name, filters, expected) => {
    for (const sortOrder of ['ASC', 'DESC'] as const) {
      const details = explain(buildListQuery(readStore.db, 'audit_events', 'acme', { ...filters, limit: 100, sortOrder }, validations.tables)!);
      expect(details).toEqual(expected.map((pattern) => expect.stringMatching(pattern)));
    }
  });

  describe('sorted by event type', () => {
    const range = { from: 5, to: 60 };

    it.each<[string, Omit<AuditEventListFilter, 'limit' | 'sortOrder'>, string]>([
      ['no filter', {}, 'audit_events_event_type'],
      ['result', { result: 'ALLOW' }, 'audit_events_event_type'],
      ['category', { category: 'COMPANY' }, 'audit_events_event_type'],
      ['resource_id', { resourceId: 'r-3' }, 'audit_events_resource_id'],
      ['actor_id + result', { actorId: 'actor-1', result: 'ALLOW' }, 'audit_events_actor_id'],
    ])('reads each type of a filter on %s as a range of one index', (_name, filters, expectedIndex) => {
      for (const sortOrder of ['ASC', 'DESC'] as const) {
        const details = explain(pageQuery('audit_events', 'acme', { ...filters, eventType: 'RULE_CREATED', limit: 100, sortOrder }, { range, after: 40, rows: 101 }));
        expect(details).toEqual([expect.stringMatching(new RegExp(`^SEARCH audit_events USING INDEX ${expectedIndex} \\(ledger_id=\\? AND [a-z_]+=\\?`))]);
        expect(details.join()).not.toMatch(/TEMP B-TREE|SCAN/);
      }
    });

    it.each<[string, Omit<AuditEventListFilter, 'limit' | 'sortOrder'>, RegExp]>([
      ['no filter', {}, /^SEARCH audit_events USING COVERING INDEX audit_events_event_type \(ledger_id=\? AND event_type[<>]\?\)$/],
      ['result + a date range', { result: 'DENY', ...dates }, /^SEARCH audit_events USING COVERING INDEX audit_events_event_type \(ledger_id=\? AND event_type[<>]\?\)$/],
      ['resource_id + a date range', { resourceId: 'r-3', ...dates }, /^SEARCH audit_events USING INDEX audit_events_resource_id \(ledger_id=\? AND resource_id=\? AND sequence>\? AND sequence<\?\)$/],
      ['actor_id', { actorId: 'actor-1' }, /^SEARCH audit_events USING INDEX audit_events_actor_id \(ledger_id=\? AND actor_id=\? AND sequence>\? AND sequence<\?\)$/],
    ])('finds the next type of a filter on %s with one seek or one pass over its index', (_name, filters, expected) => {
      for (const sortOrder of ['ASC', 'DESC'] as const) {
        const details = explain(nextEventTypeQuery('audit_events', 'acme', { ...filters, limit: 100, sortOrder }, 'RULE_CREATED', range));
        expect(details).toEqual([expect.stringMatching(expected)]);
      }
    });
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
