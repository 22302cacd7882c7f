import { LEDGER_ERROR_CODES, type LedgerErrorCode, type LedgerErrorKind } from './ledger-error-codes.js';

/** One problem with one field of a request; `path` like `events[3].actor.actorType`. */
export interface Violation {
  path: string;
  message: string;
}

/**
 * Base of every domain error: a stable code from {@link LEDGER_ERROR_CODES}, its kind (which the
 * HTTP layer maps to a status) and title, a detail safe to show to the client, and violations
 * for invalid input.
 */
export abstract class LedgerError extends Error {
  readonly kind: LedgerErrorKind;
  readonly title: string;

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
