import { createHash } from 'node:crypto';
import { InvalidCursorError } from '#ledger-domain';

/**
 * An opaque cursor for keyset pages: the last key of the page and a digest of the listing's
 * filters, so a cursor only continues the listing it came from.
 */
export function encodeKeysetCursor(key: string | number, filters: object): string {
  return Buffer.from(JSON.stringify({ v: 1, k: key, f: digest(filters) })).toString('base64url');
}

/** @throws InvalidCursorError for a garbled cursor, or one issued for other filters. */
export function decodeKeysetCursor<K extends string | number>(cursor: string, filters: object, keyType: 'string' | 'number'): K {
  let state: { v?: unknown; k?: unknown; f?: unknown };
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('the cursor is not one this service issued');
  }
  if (state?.v !== 1 || typeof state.k !== keyType || typeof state.f !== 'string') {
    throw new InvalidCursorError('the cursor is not one this service issued');
  }
  if (state.f !== digest(filters)) throw new InvalidCursorError('the cursor belongs to a listing with other filters');
  return state.k as K;
}

function digest(filters: object): string {
  const stable = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(stable)).digest('base64url').slice(0, 16);
}
