import { NoteFormatError, NoteKeyError } from './note.errors.js';
import { isNoteKeyHash } from './note-key-hash.js';
import { isValidNoteKeyName } from './note-key-name.js';
import { formatNoteSignatureLine } from './note-signature-line.js';
import type { NoteSigner } from './note-signer.js';
import { noteCharactersProblem } from './note-text-problem.js';

/**
 * The signed note of `text`: the text, a blank line, then one signature line per signer, in order
 * (C2SP signed-note; byte for byte what Go's `note.Sign` writes). Each signer signs the UTF-8 bytes of
 * the text, final newline included. Ed25519 is deterministic, so the same keys and text always give
 * the same note.
 * Preconditions: `text` ends with a newline and holds no ASCII control character other than newline
 * and no lone surrogate. Blank lines inside the text are allowed: readers split at the last one.
 * @throws NoteFormatError when the text breaks a precondition.
 * @throws NoteKeyError when there is no signer, or a signer has an invalid name or key hash.
 */
export function signNote(text: string, signers: NoteSigner | readonly NoteSigner[]): string {
  if (typeof text !== 'string') throw new NoteFormatError('not a string');
  if (!text.endsWith('\n')) throw new NoteFormatError('does not end with a newline');
  const problem = noteCharactersProblem(text);
  if (problem) throw new NoteFormatError(problem);
  const list: readonly NoteSigner[] = Array.isArray(signers) ? signers : [signers as NoteSigner];
  if (list.length === 0) throw new NoteKeyError('no signer given');
  const message = Buffer.from(text, 'utf8');
  const lines = list.map((signer, index) => {
    if (!isValidNoteKeyName(signer.name) || !isNoteKeyHash(signer.keyHash)) {
      throw new NoteKeyError(`signer ${index}: invalid key name or key hash`);
    }
    const signature = signer.sign(message);
    if (signature.length === 0) throw new NoteKeyError(`signer ${index}: returned an empty signature`);
    return formatNoteSignatureLine(signer.name, signer.keyHash, signature);
  });
  return `${text}\n${lines.join('')}`;
}
