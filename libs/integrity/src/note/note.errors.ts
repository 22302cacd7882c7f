import type { OpenedNote } from './open-note.js';

/** Every code the note and checkpoint functions raise; a spec checks they are unique. */
export const NOTE_ERROR_CODES = {
  keyInvalid: 'INTEGRITY.NOTE_KEY_INVALID',
  textInvalid: 'INTEGRITY.NOTE_TEXT_INVALID',
  malformed: 'INTEGRITY.NOTE_MALFORMED',
  unknownKey: 'INTEGRITY.NOTE_UNKNOWN_KEY',
  signatureInvalid: 'INTEGRITY.NOTE_SIGNATURE_INVALID',
  checkpointMalformed: 'INTEGRITY.CHECKPOINT_MALFORMED',
} as const;

/** Why {@link openNote} refused a signed note. */
export type NoteVerificationCode =
  | typeof NOTE_ERROR_CODES.malformed
  | typeof NOTE_ERROR_CODES.unknownKey
  | typeof NOTE_ERROR_CODES.signatureInvalid;

/**
 * A signer or verifier key that cannot be used. The message says which part is wrong and never
 * repeats the key text or any part of it: a private key must not end up in a log.
 */
export class NoteKeyError extends Error {
  readonly code = NOTE_ERROR_CODES.keyInvalid;
  constructor(reason: string) {
    super(reason);
    this.name = 'NoteKeyError';
  }
}

/** A text that cannot be signed as a note (no final newline, a control character, a lone surrogate). */
export class NoteFormatError extends Error {
  readonly code = NOTE_ERROR_CODES.textInvalid;
  constructor(reason: string) {
    super(`note text: ${reason}`);
    this.name = 'NoteFormatError';
  }
}

/**
 * A signed note that must not be trusted. `code` says why: the note is malformed, no signature is
 * by a known key (`note` then holds what was read, every signature unverified — this is the
 * "not signed by the pinned key" case), or a signature by a known key does not verify (`keyName`
 * and `keyHash` name that key).
 */
export class NoteVerificationError extends Error {
  constructor(
    readonly code: NoteVerificationCode,
    reason: string,
    readonly details: { keyName?: string; keyHash?: number; note?: OpenedNote } = {},
  ) {
    super(reason);
    this.name = 'NoteVerificationError';
  }
}

/** A checkpoint body that does not follow C2SP tlog-checkpoint, or values that cannot be formatted as one. */
export class CheckpointFormatError extends Error {
  readonly code = NOTE_ERROR_CODES.checkpointMalformed;
  constructor(reason: string) {
    super(`checkpoint: ${reason}`);
    this.name = 'CheckpointFormatError';
  }
}
