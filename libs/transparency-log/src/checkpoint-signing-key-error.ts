/** Every code the transparency-log lib raises outside the domain registry (boot-time errors). */
export const TRANSPARENCY_LOG_ERROR_CODES = {
  signingKeyInvalid: 'TLOG.SIGNING_KEY_INVALID',
} as const;

/**
 * The checkpoint signing key cannot be used: a bad LEDGER_CHECKPOINT_SIGNING_KEY, a key whose name is
 * not the log origin, or a key file that others may read. Raised at start. The message names the
 * setting or the file and never contains the key text or any part of it.
 */
export class CheckpointSigningKeyError extends Error {
  readonly code = TRANSPARENCY_LOG_ERROR_CODES.signingKeyInvalid;
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointSigningKeyError';
  }
}
