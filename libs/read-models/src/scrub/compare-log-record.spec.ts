import { GENESIS_HASH, hashLeaf, type RecordEnvelope } from '#integrity';
import type { AuditRecord } from '#ledger-domain';
import { sealedLedger } from '../testing/sealed-ledger.js';
import { compareLogRecord, type LogRecordView, type ReadModelCopies } from './compare-log-record.js';

/** A chain of records as the writer and the projector leave them: the log's view and the read models' copies. */
function sealedChain(length: number): { record: AuditRecord; view: LogRecordView; copies: ReadModelCopies }[] {
  return sealedLedger('s', length).map(({ record, event }, i) => ({
    record,
    view: { ledgerId: 's', revision: i, bytes: Buffer.from(event.dataText, 'utf8'), envelope: { eventId: event.eventId, type: event.type, metadata: event.metadata } },
    copies: { indexRow: JSON.stringify(record), leafHash: hashLeaf(Buffer.from(record.hash, 'hex')), headHash: undefined },
  }));
}

const kinds = (result: ReturnType<typeof compareLogRecord>) => result.violations.map((v) => v.kind);

describe('comparing a log record with itself, its envelope and the read models', () => {
  const [first, second] = sealedChain(2);

  it('finds nothing in a record as the writer and the projector left it, and hands on its stored hash', () => {
    expect(compareLogRecord(first!.view, GENESIS_HASH, first!.copies)).toEqual({ violations: [], storedHash: first!.record.hash });
    expect(kinds(compareLogRecord(second!.view, first!.record.hash, { ...second!.copies, headHash: second!.record.hash }))).toEqual([]);
  });

  it('reports a record that links to another hash, or sits at another sequence', () => {
    expect(kinds(compareLogRecord(second!.view, 'f'.repeat(64), second!.copies))).toEqual(['previous-hash-mismatch']);
    expect(kinds(compareLogRecord({ ...second!.view, revision: 4 }, undefined, { ...second!.copies, indexRow: undefined }))).toEqual(['sequence-mismatch']);
  });

  it('reports altered bytes, and bytes that are no record', () => {
    const altered = Buffer.from(second!.view.bytes.toString().replace('Zoë', 'Zoe'));
    expect(kinds(compareLogRecord({ ...second!.view, bytes: altered }, first!.record.hash, second!.copies))).toEqual(['hash-mismatch']);
    const result = compareLogRecord({ ...second!.view, bytes: Buffer.from('{"hash":') }, first!.record.hash, second!.copies);
    expect(result).toEqual({ violations: [expect.objectContaining({ sequence: 2, kind: 'unreadable-record' })], storedHash: undefined });
  });

  it('reports each envelope column that disagrees with the record', () => {
    const envelope = first!.view.envelope;
    const edited = (change: Partial<RecordEnvelope>) => kinds(compareLogRecord({ ...first!.view, envelope: { ...envelope, ...change } }, GENESIS_HASH, first!.copies));
    expect(edited({ eventId: second!.record.eventId })).toEqual(['envelope-event-id']);
    expect(edited({ type: 'RULE_DELETED' })).toEqual(['envelope-type']);
    expect(edited({ metadata: { ...envelope.metadata, sequence: 9 } })).toEqual(['envelope-sequence']);
    expect(edited({ metadata: { ...envelope.metadata, hash: second!.record.hash } })).toEqual(['envelope-hash']);
    expect(edited({ metadata: { ...envelope.metadata, previousHash: second!.record.hash } })).toEqual(['envelope-previous-hash']);
    expect(edited({ metadata: undefined })).toEqual(['envelope-unreadable']);
  });

  it('reports read-model copies of another record, an altered or missing index row, another leaf or head', () => {
    const compare = (copies: Partial<ReadModelCopies>) => compareLogRecord(first!.view, GENESIS_HASH, { ...first!.copies, ...copies });
    expect(kinds(compare({ indexRow: second!.copies.indexRow }))).toEqual(['index-differs']);
    expect(kinds(compare({ indexRow: JSON.stringify({ ...first!.record, result: 'ALLOW' }) }))).toEqual(['index-altered']);
    expect(kinds(compare({ indexRow: '{' }))).toEqual(['index-altered']);
    expect(kinds(compare({ indexRow: null }))).toEqual(['index-missing']);
    expect(kinds(compare({ leafHash: second!.copies.leafHash }))).toEqual(['tree-leaf-differs']);
    expect(kinds(compare({ headHash: second!.record.hash }))).toEqual(['head-differs']);
    // Copies the read models have not reached yet are no violation.
    expect(kinds(compare({ indexRow: undefined, leafHash: undefined, headHash: undefined }))).toEqual([]);
  });

  it('names the ledger, the sequence and what disagrees', () => {
    const [violation] = compareLogRecord(second!.view, GENESIS_HASH, second!.copies).violations;
    expect(violation).toEqual({ ledgerId: 's', sequence: 2, kind: 'previous-hash-mismatch', detail: 'sequence 2: previousHash is not the stored hash of sequence 1' });
  });
});
