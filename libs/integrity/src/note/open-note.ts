import { NOTE_ERROR_CODES, NoteKeyError, NoteVerificationError } from './note.errors.js';
import { formatNoteKeyHash, isNoteKeyHash } from './note-key-hash.js';
import { isValidNoteKeyName } from './note-key-name.js';
import { parseNoteSignatureLine, type NoteSignatureLine } from './note-signature-line.js';
import { noteCharactersProblem } from './note-text-problem.js';
import type { NoteVerifier } from './note-verifier.js';

/** More signature lines than this make a note malformed (Go's limit; C2SP asks for at least 16). */
export const MAX_NOTE_SIGNATURES = 100;

/** One signature of an opened note: `verified` is true when a known key checked it, false when its key is unknown. */
export interface OpenedNoteSignature {
  name: string;
  keyHash: number;
  /** The signature bytes after the 4-byte key hash. */
  signature: Buffer;
  verified: boolean;
}

/** A note whose signatures by known keys all verified, and at least one did. */
export interface OpenedNote {
  /** The signed text, final newline included, blank separator line excluded. */
  text: string;
  /** In note order; a line repeated verbatim is listed once. */
  signatures: OpenedNoteSignature[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads a signed note (C2SP signed-note; Go `note.Open`) and checks it against the known keys.
 * A signature whose key name and key hash both match a known verifier must verify; signatures by
 * other keys (even sharing only the name or only the hash) are reported with `verified: false`.
 * Given bytes, they must be valid UTF-8.
 * @throws NoteVerificationError with code `INTEGRITY.NOTE_MALFORMED` when the note does not parse
 *   (control characters, invalid UTF-8, no blank line, a bad signature line, more than
 *   {@link MAX_NOTE_SIGNATURES} lines); `INTEGRITY.NOTE_SIGNATURE_INVALID` when a signature by a known
 *   key does not verify; `INTEGRITY.NOTE_UNKNOWN_KEY` when no signature is by a known key (for a
 *   checkpoint: not signed by the pinned key) — `details.note` then holds the unverified note.
 * @throws NoteKeyError when two verifiers share a name and key hash, or one has an invalid name or hash.
 */
export function openNote(signedNote: string | Uint8Array, verifiers: readonly NoteVerifier[]): OpenedNote {
  const known = indexVerifiers(verifiers);
  const { text, lines } = splitSignedNote(typeof signedNote === 'string' ? signedNote : decodeUtf8(signedNote));
  const message = Buffer.from(text, 'utf8');
  const signatures = lines.map((line): OpenedNoteSignature => {
    const verifier = known.get(`${line.name}+${line.keyHash}`);
    if (verifier === undefined) return { ...line, verified: false };
    if (!verifier.verify(message, line.signature)) {
      throw new NoteVerificationError(
        NOTE_ERROR_CODES.signatureInvalid,
        `signature by known key ${line.name}+${formatNoteKeyHash(line.keyHash)} does not verify`,
        { keyName: line.name, keyHash: line.keyHash },
      );
    }
    return { ...line, verified: true };
  });
  const opened = { text, signatures };
  if (!signatures.some((signature) => signature.verified)) {
    throw new NoteVerificationError(
      NOTE_ERROR_CODES.unknownKey,
      `note has no signature by a known key (${signatures.length} by other keys)`,
      { note: opened },
    );
  }
  return opened;
}

function splitSignedNote(note: string): { text: string; lines: NoteSignatureLine[] } {
  const problem = noteCharactersProblem(note);
  if (problem) throw malformed(`the note ${problem}`);
  // The text may hold blank lines itself: the signatures start after the last one.
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw malformed('no blank line before the signatures');
  const block = note.slice(split + 2);
  if (block === '') throw malformed('no signature lines after the blank line');
  if (!block.endsWith('\n')) throw malformed('the last signature line does not end with a newline');
  const texts = block.slice(0, -1).split('\n');
  if (texts.length > MAX_NOTE_SIGNATURES) throw malformed(`more than ${MAX_NOTE_SIGNATURES} signature lines`);
  const seen = new Set<string>();
  const lines: NoteSignatureLine[] = [];
  texts.forEach((lineText, index) => {
    const line = parseNoteSignatureLine(lineText);
    if (typeof line === 'string') throw malformed(`signature line ${index + 1} ${line}`);
    if (!seen.has(lineText)) lines.push(line);
    seen.add(lineText);
  });
  return { text: note.slice(0, split + 1), lines };
}

function indexVerifiers(verifiers: readonly NoteVerifier[]): Map<string, NoteVerifier> {
  if (!Array.isArray(verifiers)) throw new NoteKeyError('verifiers: not an array');
  const known = new Map<string, NoteVerifier>();
  verifiers.forEach((verifier, index) => {
    if (!isValidNoteKeyName(verifier.name) || !isNoteKeyHash(verifier.keyHash)) {
      throw new NoteKeyError(`verifier ${index}: invalid key name or key hash`);
    }
    const id = `${verifier.name}+${verifier.keyHash}`;
    // As in Go: a list that holds two keys for one name and hash cannot say which one signed.
    if (known.has(id)) throw new NoteKeyError(`verifier ${index}: the same key name and key hash as an earlier verifier`);
    known.set(id, verifier);
  });
  return known;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw malformed('the note is not valid UTF-8');
  }
}

function malformed(reason: string): NoteVerificationError {
  return new NoteVerificationError(NOTE_ERROR_CODES.malformed, reason);
}
