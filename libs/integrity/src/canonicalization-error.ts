/** Raised when a value cannot be represented in RFC 8785 canonical JSON. */
export class CanonicalizationError extends Error {
  constructor(
    /** Where the value is, as a JSON path: `$`, `$.context.items[2]`, `$["odd name"]`. */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path.length > 200 ? `${path.slice(0, 120)}…${path.slice(-60)}` : path}: ${reason}`);
    this.name = 'CanonicalizationError';
  }
}
