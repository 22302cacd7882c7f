import { jest } from '@jest/globals';
import {
  consistencyProof,
  hashLeaf,
  LeafHashesNodeReader,
  merkleRoot,
  openNote,
  parseCheckpoint,
  parseNoteVerifier,
  verifyConsistency,
} from '#integrity';
import { LogContradictsCheckpointError } from '#ledger-domain';
import type { CheckpointOutcome } from './checkpoint-outcome.js';
import { instance, newSigner, ORIGIN, recordHashes } from './testing/checkpointer-fixture.js';

const signed = (outcome: CheckpointOutcome) => {
  if (outcome.outcome !== 'signed') throw new Error(`expected a signed checkpoint, got ${JSON.stringify(outcome)}`);
  return outcome.checkpoint;
};
/** The root of records 1..size, computed here independently of the tree view. */
const rootOf = (size: number, variant = '') => merkleRoot(size, new LeafHashesNodeReader(recordHashes(1, size, variant).map(hashLeaf)));

describe('Checkpointer', () => {
  describe('when the tree grows', () => {
    it('signs nothing for an empty tree, then one checkpoint per growth, none while it does not grow', () => {
      const { checkpointer, append, store } = instance();
      expect(checkpointer.checkpoint('a', 0)).toEqual({ outcome: 'unchanged', latest: undefined });
      append('a', 1, 3);
      expect(signed(checkpointer.checkpoint('a', 3)).treeSize).toBe(3);
      expect(checkpointer.checkpoint('a', 3)).toMatchObject({ outcome: 'unchanged', latest: { treeSize: 3 } });
      append('a', 4, 5);
      expect(signed(checkpointer.checkpoint('a', 5)).treeSize).toBe(5);
      expect(store.list('a', { limit: 10 }).map((c) => c.treeSize)).toEqual([5, 3]);
    });

    it('signs a note that verifies with the verifier key and whose body parses back to the tree head', () => {
      const { signer, verifierKey } = newSigner();
      const { checkpointer, append } = instance({ signer });
      append('ledger-1', 1, 7);
      const checkpoint = signed(checkpointer.checkpoint('ledger-1', 7));
      const opened = openNote(checkpoint.note, [parseNoteVerifier(verifierKey)]);
      expect(opened.signatures).toEqual([expect.objectContaining({ name: ORIGIN, verified: true })]);
      expect(parseCheckpoint(opened.text)).toEqual({ origin: `${ORIGIN}/ledger-1`, treeSize: 7, rootHash: rootOf(7), extensions: [] });
      expect(checkpoint).toMatchObject({ ledgerId: 'ledger-1', rootHash: rootOf(7), createdAt: '2025-06-01T12:00:00.000Z' });
    });

    it('signs checkpoints that a consistency proof links', () => {
      const { checkpointer, append } = instance();
      append('a', 1, 3);
      const older = signed(checkpointer.checkpoint('a', 3));
      append('a', 4, 11);
      const newer = signed(checkpointer.checkpoint('a', 11));
      const proof = consistencyProof(3, 11, new LeafHashesNodeReader(recordHashes(1, 11).map(hashLeaf)));
      expect(verifyConsistency(3, 11, older.rootHash, newer.rootHash, proof)).toBe(true);
    });

    it('never signs leaves the log does not hold: a tree ahead of the log is signed at the log length', () => {
      const { checkpointer, tree } = instance();
      tree.append('a', ...recordHashes(1, 5));
      expect(signed(checkpointer.checkpoint('a', 4))).toMatchObject({ treeSize: 4, rootHash: rootOf(4) });
    });
  });

  describe('when the log was truncated below the last checkpoint', () => {
    it('reports log-shorter once, signs nothing, and refuses the ledger from then on', () => {
      const { checkpointer, append, tree, store, contradictions } = instance();
      append('a', 1, 5);
      signed(checkpointer.checkpoint('a', 5));
      tree.append('a', ...recordHashes(6, 8)); // the tree grew, but the log now holds 3 records
      const expected = { ledgerId: 'a', checkpointSize: 5, reason: 'log-shorter', treeSize: 8, logLength: 3 };
      expect(checkpointer.checkpoint('a', 3)).toEqual({ outcome: 'contradiction', contradiction: expected });
      expect(store.latest('a')?.treeSize).toBe(5);
      expect(contradictions).toEqual([expected]);
      expect(checkpointer.contradictionOf('a')).toEqual(expected);
      expect(checkpointer.contradictions()).toEqual([expected]);

      // Even a log that looks whole again is not signed: the contradiction stands.
      expect(checkpointer.checkpoint('a', 8)).toEqual({ outcome: 'contradiction', contradiction: expected });
      expect(store.latest('a')?.treeSize).toBe(5);
      expect(contradictions).toHaveLength(1);
    });

    it('raises LEDGER.LOG_CONTRADICTS_CHECKPOINT (503) for that ledger only, naming it and the sizes', () => {
      const { checkpointer, append, tree } = instance();
      append('a', 1, 5);
      append('b', 1, 2);
      checkpointer.checkpoint('a', 5);
      tree.append('a', ...recordHashes(6, 6));
      checkpointer.checkpoint('a', 2);
      expect(() => checkpointer.assertNoContradiction('b')).not.toThrow();
      let thrown: unknown;
      try {
        checkpointer.assertNoContradiction('a');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(LogContradictsCheckpointError);
      expect(thrown).toMatchObject({ code: 'LEDGER.LOG_CONTRADICTS_CHECKPOINT', kind: 'unavailable' });
      expect((thrown as Error).message).toBe(
        'ledger a: the log is shorter than the signed checkpoint of size 5 (log length 2, tree size 6)',
      );
      expect(signed(checkpointer.checkpoint('b', 2)).treeSize).toBe(2);
    });
  });

  describe('when the tree was rewritten', () => {
    it('reports root-differs and signs nothing', () => {
      const { checkpointer, append, tree, store, contradictions } = instance();
      append('a', 1, 4);
      signed(checkpointer.checkpoint('a', 4));
      tree.replace('a', recordHashes(1, 6, ' rewritten'));
      const contradiction = { ledgerId: 'a', checkpointSize: 4, reason: 'root-differs', treeSize: 6, logLength: 6 };
      expect(checkpointer.checkpoint('a', 6)).toEqual({ outcome: 'contradiction', contradiction });
      expect(contradictions).toEqual([contradiction]);
      expect(store.list('a', { limit: 10 }).map((c) => c.treeSize)).toEqual([4]);
    });

    it('detects a single changed leaf inside the checkpointed prefix', () => {
      const { checkpointer, append, tree } = instance();
      append('a', 1, 4);
      checkpointer.checkpoint('a', 4);
      const leaves = recordHashes(1, 6);
      leaves[1] = recordHashes(2, 2, ' tampered')[0]!;
      tree.replace('a', leaves);
      expect(checkpointer.checkpoint('a', 6)).toMatchObject({ outcome: 'contradiction', contradiction: { reason: 'root-differs' } });
    });
  });

  describe('checkAgainstLast', () => {
    it('is ok without a checkpoint and for a ledger that only grew; reports without recording', () => {
      const { checkpointer, append, tree, contradictions } = instance();
      append('a', 1, 3);
      expect(checkpointer.checkAgainstLast('a', 3)).toEqual({ ok: true });
      checkpointer.checkpoint('a', 3);
      append('a', 4, 4);
      expect(checkpointer.checkAgainstLast('a', 4)).toEqual({ ok: true });
      tree.replace('a', recordHashes(1, 2));
      expect(checkpointer.checkAgainstLast('a', 4)).toEqual({
        ok: false,
        contradiction: { ledgerId: 'a', checkpointSize: 3, reason: 'log-shorter', treeSize: 2, logLength: 4 },
      });
      expect(contradictions).toEqual([]);
      expect(checkpointer.contradictionOf('a')).toBeUndefined();
    });
  });

  describe('the loop', () => {
    afterEach(() => jest.useRealTimers());

    it('checkpoints every watched ledger that grew, once per interval', async () => {
      jest.useFakeTimers();
      const { checkpointer, append, store } = instance();
      append('a', 1, 2);
      append('b', 1, 1);
      checkpointer.start(1_000);
      await jest.advanceTimersByTimeAsync(999);
      expect(store.latest('a')).toBeUndefined();
      await jest.advanceTimersByTimeAsync(1);
      expect([store.latest('a')?.treeSize, store.latest('b')?.treeSize]).toEqual([2, 1]);
      append('a', 3, 4);
      await jest.advanceTimersByTimeAsync(1_000);
      expect(store.list('a', { limit: 10 }).map((c) => c.treeSize)).toEqual([4, 2]);
      expect(store.list('b', { limit: 10 }).map((c) => c.treeSize)).toEqual([1]);
      await checkpointer.stop();
    });

    it('takes a final checkpoint of every grown ledger on stop', async () => {
      const { checkpointer, append, store } = instance();
      checkpointer.start(3_600_000);
      append('a', 1, 3);
      await checkpointer.stop();
      expect(store.latest('a')?.treeSize).toBe(3);
    });

    it('reports a failing ledger to onError and still checkpoints the others', async () => {
      const failure = new Error('event store unavailable');
      const fixture = instance({ logLength: async (ledgerId) => (ledgerId === 'a' ? Promise.reject(failure) : 2) });
      fixture.append('a', 1, 2);
      fixture.append('b', 1, 2);
      const outcomes = await fixture.checkpointer.checkpointGrown();
      expect(fixture.errors).toEqual([[failure, 'a']]);
      expect([...outcomes.keys()]).toEqual(['b']);
      expect(fixture.store.latest('b')?.treeSize).toBe(2);
    });

    it('skips a ledger with a contradiction without reporting it again', async () => {
      const fixture = instance();
      fixture.append('a', 1, 3);
      await fixture.checkpointer.checkpointGrown();
      fixture.tree.replace('a', recordHashes(1, 5, ' rewritten'));
      fixture.logLengths.set('a', 5);
      await fixture.checkpointer.checkpointGrown();
      await fixture.checkpointer.checkpointGrown();
      expect(fixture.contradictions).toEqual([expect.objectContaining({ reason: 'root-differs' })]);
      expect(fixture.store.latest('a')?.treeSize).toBe(3);
    });
  });
});
