/** Exact: a byte sequence that is not UTF-8 fails, and a byte order mark is kept (so JSON.parse refuses it). */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The JSON object stored bytes hold, or undefined when they are not the UTF-8 text of one. Never throws. */
export function parseStoredJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(bytes));
  } catch {
    return undefined;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
