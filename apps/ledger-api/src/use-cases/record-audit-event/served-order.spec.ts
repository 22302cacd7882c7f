import { sealRecordText } from '#integrity';
import { inServedOrder, inWireOrder, type AuditRecord } from '#ledger-domain';

/** What GET serves: the stored (canonical) text, parsed, top-level members in wire order. */
const served = (record: AuditRecord) => JSON.stringify(inWireOrder(JSON.parse(sealRecordText(record).text) as AuditRecord));

describe('inServedOrder (the POST answer is the text GET serves later)', () => {
  const record = {
    hash: 'h',
    previousHash: 'p',
    eventId: 'e',
    ledgerId: 'acme',
    sequence: 1,
    eventType: 'RULE_CREATED',
    actor: { name: 'Ana', id: 'u-1', actorType: 'user' },
    context: {
      after: { zeta: 1, alpha: [{ b: 2, a: 1 }, 'x', null], 10: 'ten', 9: 'nine', é: 'e-acute', E: 'E', '\u{1F600}': 'emoji', '\uFB01': 'ligature' },
      before: null,
    },
    metadata: { 'b-key': true, 'a-key': { y: 1, x: 2 }, '01': 'not an index', 1: 'an index' },
    createdAt: '2026-12-03T00:00:00.000Z',
  } as unknown as AuditRecord;

  it('orders nested members as a parse of the stored canonical text does (integer-like keys, UTF-16 order, arrays kept)', () => {
    expect(JSON.stringify(inServedOrder(record))).toBe(served(record));
  });

  it('leaves the record it was given unchanged', () => {
    const before = JSON.stringify(record);
    inServedOrder(record);
    expect(JSON.stringify(record)).toBe(before);
  });
});
