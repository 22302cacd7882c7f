/** A signed checkpoint as the checkpoint store keeps it: one per ledger and tree size. */
export interface StoredCheckpoint {
  ledgerId: string;
  treeSize: number;
  /** The RFC 9162 root of the ledger's first `treeSize` leaves, 32 bytes. */
  rootHash: Buffer;
  /** RFC 3339 UTC time of signing (of the first instance that signed it). */
  createdAt: string;
  /** The signed note: the checkpoint body, a blank line, the signature line. */
  note: string;
}

/**
 * What {@link CheckpointStore.add} did: stored it; found the identical note already stored (another
 * instance signed the same size: Ed25519 is deterministic); or found a different note for that size —
 * a contradiction, `stored` is the one kept.
 */
export type AddCheckpointResult =
  | { outcome: 'added' }
  | { outcome: 'already-stored' }
  | { outcome: 'conflict'; stored: StoredCheckpoint };
