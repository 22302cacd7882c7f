import { decodeCanonicalBase64 } from './canonical-base64.js';
import { CHECKPOINT_ROOT_HASH_BYTES, type Checkpoint } from './checkpoint.js';
import { CheckpointFormatError } from './note.errors.js';
import { noteCharactersProblem } from './note-text-problem.js';

const DECIMAL = /^(?:0|[1-9][0-9]*)$/;

/**
 * Reads a checkpoint note text (C2SP tlog-checkpoint), e.g. the `text` of {@link openNote}'s result.
 * Only the canonical form is accepted: decimal tree size without sign, leading zero or spaces; root hash
 * as canonical padded base64 of 32 bytes; every line, the last included, ending with a newline; no
 * empty extension line. Parsing does not check any signature: open the note first.
 * @throws CheckpointFormatError saying which line is wrong, or that the tree size exceeds 2^53 − 1
 *   (the largest size a JS number holds exactly).
 */
export function parseCheckpoint(text: string): Checkpoint {
  if (typeof text !== 'string') throw new CheckpointFormatError('not a string');
  const problem = noteCharactersProblem(text);
  if (problem) throw new CheckpointFormatError(`the text ${problem}`);
  if (!text.endsWith('\n')) throw new CheckpointFormatError('the text does not end with a newline');
  const [origin, size, root, ...extensions] = text.slice(0, -1).split('\n');
  if (root === undefined) throw new CheckpointFormatError('expected at least three lines: origin, tree size, root hash');
  if (origin === '') throw new CheckpointFormatError('the origin line is empty');
  if (!DECIMAL.test(size)) throw new CheckpointFormatError('the tree size is not a decimal number without sign or leading zeros');
  const treeSize = Number(size);
  if (!Number.isSafeInteger(treeSize)) throw new CheckpointFormatError('the tree size exceeds 2^53 - 1, the largest this reader supports');
  const rootHash = decodeCanonicalBase64(root);
  if (rootHash === undefined) throw new CheckpointFormatError('the root hash is not canonical padded base64');
  if (rootHash.length !== CHECKPOINT_ROOT_HASH_BYTES) {
    throw new CheckpointFormatError(`the root hash is ${rootHash.length} bytes, not ${CHECKPOINT_ROOT_HASH_BYTES}`);
  }
  const empty = extensions.indexOf('');
  if (empty >= 0) throw new CheckpointFormatError(`extension line ${empty + 1} is empty`);
  return { origin, treeSize, rootHash, extensions };
}
