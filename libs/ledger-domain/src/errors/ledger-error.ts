import { LEDGER_ERROR_CODES, type LedgerErrorCode, type LedgerErrorKind } from './ledger-error-codes.js';
import type { Violation } from './violation.js';

/**
 * Base of every domain error: a stable code from {@link LEDGER_ERROR_CODES}, its kind (which the
 * HTTP layer maps to a status: invalid 400, unauthenticated 401, forbidden 403, not-found 404,
 * conflict 409, too-large 413, rate-limited 429, unavailable 503) and title, a `message` (the problem's detail)
 * safe to show to the client, and the field violations of invalid input.
 */
export abstract class LedgerError extends Error {
  readonly kind: LedgerErrorKind;
  readonly title: string;
  /** When the client may try again, for errors that know (the HTTP layer's Retry-After); else its kind's default. */
  readonly retryAfterSeconds?: number;

  protected constructor(
    readonly code: LedgerErrorCode,
    detail: string,
    readonly violations: readonly Violation[] = [],
  ) {
    super(detail);
    this.name = new.target.name;
    this.kind = LEDGER_ERROR_CODES[code].kind;
    this.title = LEDGER_ERROR_CODES[code].title;
  }
}
