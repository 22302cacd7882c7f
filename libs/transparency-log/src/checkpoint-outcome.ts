import type { LogContradiction } from './log-contradiction.js';
import type { StoredCheckpoint } from './stored-checkpoint.js';

/**
 * What {@link Checkpointer.checkpoint} did: signed and stored a new checkpoint; found nothing new
 * to sign (`latest` is the ledger's last checkpoint, if any); or refused to sign because the ledger
 * contradicts a checkpoint already signed.
 */
export type CheckpointOutcome =
  | { outcome: 'signed'; checkpoint: StoredCheckpoint }
  | { outcome: 'unchanged'; latest: StoredCheckpoint | undefined }
  | { outcome: 'contradiction'; contradiction: LogContradiction };
