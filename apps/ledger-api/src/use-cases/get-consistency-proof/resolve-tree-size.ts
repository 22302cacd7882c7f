import { CheckpointNotFoundError, InvalidQueryError } from '#ledger-domain';
import type { LedgerCheckpoints } from '../../platform/transparency-log/ledger-checkpoints.js';

/**
 * A proof's tree size: the one asked for (400 naming `parameter` when the tree does not have
 * that many leaves yet), or the latest checkpoint's size (404 when none is signed yet).
 */
export function resolveTreeSize(requested: number | undefined, parameter: string, treeSize: number, checkpoints: LedgerCheckpoints, ledgerId: string): number {
  if (requested === undefined) {
    const latest = checkpoints.latest(ledgerId);
    if (!latest) throw new CheckpointNotFoundError(ledgerId);
    return latest.treeSize;
  }
  if (requested > treeSize) {
    throw new InvalidQueryError([{ path: parameter, message: `${parameter} ${requested} is beyond the tree (${treeSize} records)` }]);
  }
  return requested;
}
