import type { RecordedEvent } from '#event-store';
import { inWireOrder } from '#ledger-domain';
import { ReadStore } from '../projector/read-store.js';
import { auditRecord, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { AuditEventIndex } from './audit-event-index.js';

describe('AuditEventIndex', () => {
  let readStore: ReadStore;
  let index: AuditEventIndex;
  beforeEach(() => {
    readStore = ReadStore.open(':memory:');
    index = new AuditEventIndex(readStore);
    readStore.register([index]);
  });
  afterEach(() => readStore.close());

  const given = (...events: RecordedEvent[]) => events.forEach((event) => index.apply(readStore.db, event));
  const rowCount = () => readStore.db.prepare('SELECT COUNT(*) FROM audit_events').pluck().get();

  describe('when an audit record is projected', () => {
    it('returns the full record by id, with members in the documented order', () => {
      const record = auditRecord('acme', 1);
      given(toRecordedEvent(record, 1));
      const found = index.getById('acme', record.eventId);
      expect(found).toEqual(record);
      expect(Object.keys(found!)).toEqual(Object.keys(inWireOrder(record)));
      expect(index.getJsonById('acme', record.eventId)).toBe(JSON.stringify(inWireOrder(record)));
    });

    it('does not show it to another ledger', () => {
      const record = auditRecord('acme', 1);
      given(toRecordedEvent(record, 1));
      expect(index.getById('globex', record.eventId)).toBeUndefined();
    });

    it('changes nothing when the same event is delivered again', () => {
      const record = auditRecord('acme', 1);
      given(toRecordedEvent(record, 1), toRecordedEvent(record, 1));
      expect(rowCount()).toBe(1);
      expect(index.getById('acme', record.eventId)).toEqual(record);
    });
  });

  describe('when an event is not an audit record', () => {
    const record = auditRecord('acme', 1);
    const event = toRecordedEvent(record, 1);
    it.each<[string, RecordedEvent]>([
      ['outside a ledger stream', { ...event, streamName: 'rule-r1' }],
      ['unreadable', { ...event, data: {}, unreadable: true }],
      ['of another ledger than its stream', { ...event, streamName: 'ledger-globex' }],
      ['without an actor', { ...event, data: { ...event.data, actor: undefined } }],
      ['with a non-numeric sequence', { ...event, data: { ...event.data, sequence: '1' } }],
    ])('ignores one %s', (_case, notARecord) => {
      given(notARecord);
      expect(rowCount()).toBe(0);
    });
  });

  describe('as another generation', () => {
    it('has its own name and tables, beside the live index', () => {
      const shadow = new AuditEventIndex(readStore, { generation: 3 });
      readStore.register([shadow]);
      const record = auditRecord('acme', 1);
      shadow.apply(readStore.db, toRecordedEvent(record, 1));
      expect(shadow.name).toBe('audit-event-index@g3');
      expect(shadow.table).toBe('audit_events_g3');
      expect(shadow.getById('acme', record.eventId)).toEqual(record);
      expect(index.getById('acme', record.eventId)).toBeUndefined();
      expect(shadow.list('acme', { limit: 10, sortOrder: 'ASC', resourceId: 'r-1' }).auditEvents).toEqual([record]);
    });

    it('refuses a generation that is not a non-negative integer', () => {
      expect(() => new AuditEventIndex(readStore, { generation: -1 })).toThrow(RangeError);
      expect(() => new AuditEventIndex(readStore, { generation: 1.5 })).toThrow(RangeError);
    });
  });
});
