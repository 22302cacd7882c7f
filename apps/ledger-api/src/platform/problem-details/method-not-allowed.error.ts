/** A path the service serves, asked with a method it does not serve there: 405 with `Allow` (RFC 9110 §15.5.6). */
export class MethodNotAllowedError extends Error {
  constructor(
    readonly method: string,
    readonly allowed: readonly string[],
  ) {
    super(`${method} is not served here; use ${allowed.join(', ')}`);
  }
}
