import { ledgerGapAcknowledgedDrafts, type LedgerGap } from './ledger-gap-acknowledged.js';

const H = (c: string) => c.repeat(64);
const gap: LedgerGap = {
  ledgerId: 'tl',
  fromSequence: 298,
  toSequence: 300,
  lostHeadHash: H('c'),
  lostHashes: new Map([[298, H('a')], [300, H('c')]]),
  supersededCheckpoints: [{ treeSize: 300, rootHash: H('e') }],
};

describe('the drafts that acknowledge a gap', () => {
  it('are one per lost sequence, each naming the whole gap, who and why, and the hash lost at its own sequence', () => {
    const drafts = ledgerGapAcknowledgedDrafts(gap, { operator: 'ana', reason: 'restored the 02:00 backup' });
    expect(drafts).toHaveLength(3);
    expect(drafts[0]).toEqual({
      eventType: 'LEDGER_GAP_ACKNOWLEDGED',
      resourceType: 'ledger',
      resourceId: 'tl',
      action: 'ACKNOWLEDGE_GAP',
      result: 'ACKNOWLEDGED',
      description: 'sequences 298..300 were acknowledged and then lost from the log; ana accepted the loss',
      actor: { id: 'ana', actorType: 'user' },
      context: {
        gap: {
          fromSequence: 298,
          toSequence: 300,
          lostHeadHash: H('c'),
          supersededCheckpoints: [{ treeSize: 300, rootHash: H('e') }],
          reason: 'restored the 02:00 backup',
          lostSequence: 298,
          lostHash: H('a'),
        },
      },
      metadata: {},
    });
    expect(drafts.map((d) => [(d.context['gap'] as { lostSequence: number }).lostSequence, (d.context['gap'] as { lostHash: string | null }).lostHash])).toEqual([
      [298, H('a')],
      [299, null],
      [300, H('c')],
    ]);
  });

  it('leave the reason out when none is given (absent, never null: the record is hashed as it is)', () => {
    const [draft] = ledgerGapAcknowledgedDrafts({ ...gap, fromSequence: 300 }, { operator: 'ana' });
    expect(Object.keys(draft!.context['gap'] as object)).not.toContain('reason');
  });
});
