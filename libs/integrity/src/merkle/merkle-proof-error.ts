/**
 * A proof that cannot be checked at all: an index outside the tree, a proof of the wrong length,
 * a hash that is not 32 bytes, a size that is not a non-negative safe integer. A proof that is
 * well formed but wrong is not an error: it just does not lead to the expected root.
 */
export class MerkleProofError extends Error {
  readonly code = 'INTEGRITY.MERKLE_PROOF_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'MerkleProofError';
  }
}
