import { CheckpointFormatError } from './note.errors.js';
import { noteCharactersProblem } from './note-text-problem.js';

/** A transparency log's tree head as a C2SP tlog-checkpoint body carries it. */
export interface Checkpoint {
  /** The log's identity, e.g. `example.com/log42`. */
  origin: string;
  /** The number of leaves, 0 for the empty tree. */
  treeSize: number;
  /** The RFC 6962 Merkle tree root (SHA-256), 32 bytes. */
  rootHash: Buffer;
  /** Opaque non-empty lines after the root hash, usually none. */
  extensions: string[];
}

/** Root hashes are RFC 6962 SHA-256 roots. */
export const CHECKPOINT_ROOT_HASH_BYTES = 32;

/**
 * The checkpoint note text (C2SP tlog-checkpoint): `<origin>\n<tree size>\n<base64 root>\n`, then each
 * extension line. The result is what {@link signNote} signs; {@link parseCheckpoint} reads it back.
 * Preconditions: origin non-empty, one line, no control characters; tree size a safe integer ≥ 0;
 * root hash 32 bytes; extensions non-empty single lines.
 * @throws CheckpointFormatError naming the value that breaks a precondition.
 */
export function formatCheckpoint(checkpoint: {
  origin: string;
  treeSize: number;
  rootHash: Uint8Array;
  extensions?: readonly string[];
}): string {
  const { origin, treeSize, rootHash, extensions = [] } = checkpoint;
  checkLine(origin, 'origin');
  if (!Number.isSafeInteger(treeSize) || treeSize < 0) {
    throw new CheckpointFormatError(`tree size must be an integer from 0 to 2^53 - 1, got ${String(treeSize)}`);
  }
  if (!(rootHash instanceof Uint8Array) || rootHash.length !== CHECKPOINT_ROOT_HASH_BYTES) {
    throw new CheckpointFormatError(`root hash must be ${CHECKPOINT_ROOT_HASH_BYTES} bytes`);
  }
  extensions.forEach((line, index) => checkLine(line, `extension line ${index + 1}`));
  const root = Buffer.from(rootHash.buffer, rootHash.byteOffset, rootHash.length).toString('base64');
  return [origin, String(treeSize), root, ...extensions].map((line) => `${line}\n`).join('');
}

function checkLine(line: string, what: string): void {
  if (typeof line !== 'string' || line === '') throw new CheckpointFormatError(`${what} must be a non-empty string`);
  if (line.includes('\n')) throw new CheckpointFormatError(`${what} must be a single line`);
  const problem = noteCharactersProblem(line);
  if (problem) throw new CheckpointFormatError(`${what} ${problem}`);
}
