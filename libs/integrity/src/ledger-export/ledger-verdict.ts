/** Every code a ledger-export or checkpoint-consistency verdict can carry; a spec checks they are unique. */
export const LEDGER_VERDICT_CODES = {
  // The checkpoint note itself (the note codes of openNote and parseCheckpoint, passed through).
  checkpointUnknownKey: 'INTEGRITY.NOTE_UNKNOWN_KEY',
  checkpointSignatureInvalid: 'INTEGRITY.NOTE_SIGNATURE_INVALID',
  checkpointNoteMalformed: 'INTEGRITY.NOTE_MALFORMED',
  checkpointMalformed: 'INTEGRITY.CHECKPOINT_MALFORMED',
  // The records of an export.
  recordUnreadable: 'INTEGRITY.EXPORT_RECORD_UNREADABLE',
  sequenceGap: 'INTEGRITY.EXPORT_SEQUENCE_GAP',
  sequenceOutOfOrder: 'INTEGRITY.EXPORT_SEQUENCE_OUT_OF_ORDER',
  hashMismatch: 'INTEGRITY.EXPORT_HASH_MISMATCH',
  previousHashMismatch: 'INTEGRITY.EXPORT_PREVIOUS_HASH_MISMATCH',
  truncated: 'INTEGRITY.EXPORT_TRUNCATED',
  rootMismatch: 'INTEGRITY.EXPORT_ROOT_MISMATCH',
  // Two checkpoints of one log.
  originMismatch: 'INTEGRITY.CHECKPOINT_ORIGIN_MISMATCH',
  logShorter: 'INTEGRITY.CHECKPOINT_LOG_SHORTER',
  proofMalformed: 'INTEGRITY.CONSISTENCY_PROOF_MALFORMED',
  notAPrefix: 'INTEGRITY.CHECKPOINT_NOT_A_PREFIX',
} as const;

export type LedgerVerdictCode = (typeof LEDGER_VERDICT_CODES)[keyof typeof LEDGER_VERDICT_CODES];

/**
 * Why something did not verify. `reason` is a sentence for a person (naming the record when one is
 * to blame), `code` one of {@link LEDGER_VERDICT_CODES}, `sequence` the first record that can no
 * longer be trusted when the failure is about one record.
 */
export interface LedgerVerdictFailure {
  verified: false;
  reason: string;
  code: LedgerVerdictCode;
  sequence?: number;
}

export function notVerified(code: LedgerVerdictCode, reason: string, sequence?: number): LedgerVerdictFailure {
  return sequence === undefined ? { verified: false, reason, code } : { verified: false, reason, code, sequence };
}
