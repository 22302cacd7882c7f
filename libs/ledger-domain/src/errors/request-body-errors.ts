import { LedgerError } from './ledger-error.js';

/**
 * A request body with bytes that are not well-formed UTF-8 (0xFF, an encoded surrogate, an overlong
 * form, a cut sequence). Refused rather than decoded with U+FFFD, which would record text the client
 * never sent. `path` is the member whose text holds the bytes ('' for the body itself).
 */
export class InvalidUtf8BodyError extends LedgerError {
  constructor(path: string, byteOffset: number, byte: number) {
    const where = `byte ${byteOffset} (0x${byte.toString(16).toUpperCase().padStart(2, '0')})`;
    super('HTTP.INVALID_TEXT_ENCODING', `the request body is not valid UTF-8 at ${where}${path ? ` in ${path}` : ''}; nothing was stored`, [
      { path, message: `${where} is not part of a well-formed UTF-8 sequence` },
    ]);
  }
}

/**
 * An object in the request body names one member twice (at any depth). JSON parsers disagree on
 * which of the two counts, so such a record would have two readings; refused. `path` names the member.
 */
export class DuplicateMemberNameError extends LedgerError {
  constructor(path: string) {
    super('HTTP.DUPLICATE_MEMBER_NAME', `${path} occurs more than once in its object; nothing was stored`, [
      { path, message: 'this member name occurs more than once in its object' },
    ]);
  }
}
