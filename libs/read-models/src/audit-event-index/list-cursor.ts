import { createHash } from 'node:crypto';
import { InvalidCursorError } from '#ledger-domain';
import type { AuditEventListFilter } from './audit-event-list-filter.js';

interface CursorState {
  /** Last sequence of the previous page. */
  s: number;
  o: 'ASC' | 'DESC';
  /** Digest of the filters the cursor was issued for. */
  f: string;
  /** Sorted by event type only: the event type of the previous page's last event. */
  t?: string;
}

/** Digest of everything but limit and cursor: a cursor only continues the listing it came from. */
export function filterDigest(filter: AuditEventListFilter): string {
  const { limit: _limit, cursor: _cursor, sortBy, ...rest } = filter;
  // Ledger order is the default sort: cursors issued before sort_by existed stay valid.
  if (sortBy === 'event_type') Object.assign(rest, { sortBy });
  // Absent and undefined-valued filters are the same listing.
  const stable = Object.entries(rest)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(stable)).digest('base64url').slice(0, 16);
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify({ v: 1, ...state })).toString('base64url');
}

/** @throws InvalidCursorError for a garbled cursor, or one issued for other filters or order. */
export function decodeCursor(cursor: string, filter: AuditEventListFilter): CursorState {
  let state: Partial<CursorState> & { v?: number };
  try {
    state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('the cursor is not one this service issued');
  }
  const byType = filter.sortBy === 'event_type';
  if (
    state?.v !== 1 ||
    !Number.isSafeInteger(state.s) ||
    (state.o !== 'ASC' && state.o !== 'DESC') ||
    typeof state.f !== 'string' ||
    (state.t !== undefined && typeof state.t !== 'string')
  ) {
    throw new InvalidCursorError('the cursor is not one this service issued');
  }
  if ((state.t !== undefined) !== byType) {
    throw new InvalidCursorError(`the cursor belongs to a listing sorted by ${byType ? 'created_at' : 'event_type'}, not by ${byType ? 'event_type' : 'created_at'}`);
  }
  if (state.o !== filter.sortOrder || state.f !== filterDigest(filter)) {
    throw new InvalidCursorError('the cursor belongs to a listing with other filters or sort order');
  }
  return state as CursorState;
}
