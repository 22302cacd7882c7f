import { ReadStore } from '../projector/read-store.js';
import { auditRecord, toRecordedEvent } from '../testing/audit-event-fixtures.js';
import { LedgerHeads } from './ledger-heads.js';

describe('LedgerHeads', () => {
  let readStore: ReadStore;
  let heads: LedgerHeads;
  beforeEach(() => {
    readStore = ReadStore.open(':memory:');
    heads = new LedgerHeads(readStore);
    readStore.register([heads]);
  });
  afterEach(() => readStore.close());

  const given = (ledgerId: string, ...sequences: number[]) =>
    sequences.forEach((sequence) => heads.apply(readStore.db, toRecordedEvent(auditRecord(ledgerId, sequence), sequence)));

  it('reports an unknown ledger as empty, at the genesis hash', () => {
    expect(heads.get('nobody')).toEqual({ ledgerId: 'nobody', length: 0, headSequence: 0, headHash: '0'.repeat(64) });
  });

  it('follows each ledger to its last record', () => {
    given('acme', 1, 2, 3);
    given('globex', 1);
    expect(heads.get('acme')).toEqual({ ledgerId: 'acme', length: 3, headSequence: 3, headHash: auditRecord('acme', 3).hash });
    expect(heads.get('globex')).toMatchObject({ length: 1, headSequence: 1 });
  });

  it('does not move back when an older record is delivered again', () => {
    given('acme', 1, 2, 3, 2);
    expect(heads.get('acme')).toMatchObject({ length: 3, headSequence: 3, headHash: auditRecord('acme', 3).hash });
  });

  it('moves each ledger to its last record when given a whole batch', () => {
    const batch = [['acme', 1], ['globex', 1], ['acme', 2], ['globex', 2], ['acme', 3]] as const;
    const events = batch.map(([ledgerId, sequence], i) => toRecordedEvent(auditRecord(ledgerId, sequence), i + 1));
    const notARecord = { ...toRecordedEvent(auditRecord('globex', 9), 6), data: { note: 'not an audit record' } };
    heads.applyBatch(readStore.db, [...events, notARecord]);
    expect(heads.get('acme')).toEqual({ ledgerId: 'acme', length: 3, headSequence: 3, headHash: events[4]!.data.hash });
    expect(heads.get('globex')).toEqual({ ledgerId: 'globex', length: 2, headSequence: 2, headHash: events[3]!.data.hash });
  });

  it('ignores events outside ledger streams', () => {
    heads.apply(readStore.db, { ...toRecordedEvent(auditRecord('acme', 9), 1), streamName: 'limit-l1' });
    expect(heads.get('acme').length).toBe(0);
  });

  it('lists every ledger\'s head (the persisted high-water marks), none for a ledger without records', () => {
    expect(heads.all()).toEqual([]);
    given('acme', 1, 2);
    given('globex', 1);
    expect(heads.all().sort((a, b) => a.ledgerId.localeCompare(b.ledgerId))).toEqual([heads.get('acme'), heads.get('globex')]);
  });
});
