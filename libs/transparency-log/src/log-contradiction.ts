import type { MerkleTreeView } from './merkle-tree-view.js';
import type { StoredCheckpoint } from './stored-checkpoint.js';

/**
 * A ledger whose log or tree disagrees with a checkpoint already signed: `log-shorter` when the log
 * (`logLength` records) or the tree (`treeSize` leaves) is shorter than the checkpoint's size,
 * `root-differs` when the tree's root at that size is not the checkpoint's root. Either way, history
 * that was published as signed has been truncated or rewritten.
 */
export interface LogContradiction {
  ledgerId: string;
  checkpointSize: number;
  reason: 'log-shorter' | 'root-differs';
  treeSize: number;
  logLength: number;
}

/** The result of comparing a ledger with its last checkpoint. */
export type CheckpointCheck = { ok: true } | { ok: false; contradiction: LogContradiction };

/** Compares the log length and the tree with `last` (no checkpoint: nothing to contradict). */
export function checkAgainstCheckpoint(
  last: StoredCheckpoint | undefined,
  tree: MerkleTreeView,
  ledgerId: string,
  logLength: number,
): CheckpointCheck {
  if (last === undefined) return { ok: true };
  const treeSize = tree.treeSize(ledgerId);
  const contradiction = (reason: LogContradiction['reason']): CheckpointCheck => ({
    ok: false,
    contradiction: { ledgerId, checkpointSize: last.treeSize, reason, treeSize, logLength },
  });
  if (logLength < last.treeSize || treeSize < last.treeSize) return contradiction('log-shorter');
  if (!tree.root(ledgerId, last.treeSize).equals(last.rootHash)) return contradiction('root-differs');
  return { ok: true };
}
