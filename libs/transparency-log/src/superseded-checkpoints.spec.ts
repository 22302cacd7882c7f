import { CheckpointStore } from './checkpoint-store.js';
import { instance } from './testing/checkpointer-fixture.js';

/**
 * A checkpoint signed over records that were then lost, and the loss accepted by an operator (the
 * log records it with LEDGER_GAP_ACKNOWLEDGED records at the lost sequences): the signed note stays,
 * but the log is no longer held to it, and its size is never signed again.
 */
describe('superseded checkpoints', () => {
  /** Records 1..5 signed at sizes 3 and 5; then a restart on a log whose records 4..5 were replaced (the gap records). */
  function lostAfterThree() {
    const store = CheckpointStore.open({ filename: ':memory:' });
    const before = instance({ store });
    before.append('a', 1, 3);
    before.checkpointer.checkpoint('a', 3);
    before.append('a', 4, 5);
    before.checkpointer.checkpoint('a', 5);
    const after = instance({ store });
    after.append('a', 1, 3);
    after.append('a', 4, 5, ' gap');
    return { store, after };
  }

  it('are still stored and listed, but no longer the latest', () => {
    const { store } = lostAfterThree();
    expect(store.supersedeFrom('a', 4, '2025-06-02T00:00:00.000Z', 'sequences 4..5 lost').map((c) => c.treeSize)).toEqual([5]);
    expect(store.latest('a')?.treeSize).toBe(3);
    expect(store.list('a', { limit: 10 }).map((c) => c.treeSize)).toEqual([5, 3]);
    expect(store.supersededThrough('a')).toBe(5);
    expect(store.supersededThrough('b')).toBe(0);
    // Superseding again changes nothing.
    expect(store.supersedeFrom('a', 4, '2025-06-03T00:00:00.000Z', 'again')).toEqual([]);
  });

  it('without superseding, the new history contradicts the checkpoint (the refusal recover resolves)', async () => {
    const { after } = lostAfterThree();
    expect((await after.checkpointer.verifyAgainstLast('a')).ok).toBe(false);
  });

  it('once superseded, the new history is checked against the last checkpoint before the loss, and is signed only past the superseded size', async () => {
    const { store, after } = lostAfterThree();
    store.supersedeFrom('a', 4, '2025-06-02T00:00:00.000Z', 'sequences 4..5 lost');
    await expect(after.checkpointer.verifyAgainstLast('a')).resolves.toEqual({ ok: true });
    // Size 5 is taken by the superseded note: nothing is signed over it.
    expect(after.checkpointer.checkpoint('a', 5)).toMatchObject({ outcome: 'unchanged', latest: { treeSize: 3 } });
    after.append('a', 6, 6);
    expect(after.checkpointer.checkpoint('a', 6)).toMatchObject({ outcome: 'signed', checkpoint: { treeSize: 6 } });
    expect(after.contradictions).toEqual([]);
  });
});
