import { CheckpointFormatError, NoteVerificationError } from '../note/note.errors.js';
import type { Checkpoint } from '../note/checkpoint.js';
import { openNote } from '../note/open-note.js';
import type { NoteVerifier } from '../note/note-verifier.js';
import { parseCheckpoint } from '../note/parse-checkpoint.js';
import { LEDGER_VERDICT_CODES, notVerified, type LedgerVerdictFailure } from './ledger-verdict.js';

/**
 * The checkpoint in a signed note, once the pinned key's signature on it verified; otherwise the
 * failure verdict, its reason starting with `what` ("checkpoint", "old checkpoint"…):
 * - no signature by the pinned key: "checkpoint not signed by the pinned key";
 * - a signature by the pinned key that does not verify: "checkpoint signature invalid";
 * - a note or checkpoint body that does not parse: "checkpoint malformed".
 * Never throws for a bad note; whatever openNote throws for a bad verifier passes through.
 */
export function openPinnedCheckpoint(note: string, verifier: NoteVerifier, what = 'checkpoint'): Checkpoint | LedgerVerdictFailure {
  let text: string;
  try {
    text = openNote(note, [verifier]).text;
  } catch (error) {
    if (!(error instanceof NoteVerificationError)) throw error;
    switch (error.code) {
      case LEDGER_VERDICT_CODES.checkpointUnknownKey:
        return notVerified(error.code, `${what} not signed by the pinned key ${verifier.name} (${error.message})`);
      case LEDGER_VERDICT_CODES.checkpointSignatureInvalid:
        return notVerified(error.code, `${what} signature invalid: ${error.message}`);
      case LEDGER_VERDICT_CODES.checkpointNoteMalformed:
        return notVerified(error.code, `${what} malformed: ${error.message}`);
      default: {
        const unexpected: never = error.code;
        throw new Error(`unexpected note error code ${String(unexpected)}`);
      }
    }
  }
  try {
    return parseCheckpoint(text);
  } catch (error) {
    if (!(error instanceof CheckpointFormatError)) throw error;
    return notVerified(LEDGER_VERDICT_CODES.checkpointMalformed, `${what} malformed: ${error.message}`);
  }
}

export function isVerdictFailure(value: Checkpoint | LedgerVerdictFailure): value is LedgerVerdictFailure {
  return 'verified' in value;
}
