import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../projector/cached-statement.js';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';
import type { ResourceKey } from './lifecycle-fold.js';
import { LIFECYCLE_EVENT_COLUMNS, type LifecycleEventRow } from './lifecycle-event-row.js';
import type { LifecycleTables } from './resource-lifecycles.schema.js';

export interface LifecycleHistoryQuery {
  /** 1..1000. */
  limit: number;
  cursor?: string;
}

/** One event of a resource's history: which version of the resource it made, and what it changed. */
export interface LifecycleHistoryEntry {
  version: number;
  sequence: number;
  eventId: string;
  eventType: string;
  result: string;
  createdAt: string;
  /** Resource-relative JSON paths (`status`, `expression`, `scopes[1].portfolioId`). */
  changedPaths: string[];
}

export interface LifecycleHistoryPage {
  entries: LifecycleHistoryEntry[];
  hasMore: boolean;
  nextCursor: string | null;
}

/**
 * A page of a resource's events in version (= ledger) order.
 * @throws InvalidCursorError for a cursor of another listing; RangeError for a limit outside 1..1000.
 */
export function lifecycleHistory(db: Database, t: LifecycleTables, key: ResourceKey, query: LifecycleHistoryQuery): LifecycleHistoryPage {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 1000) {
    throw new RangeError(`limit must be an integer in 1..1000, got ${query.limit}`);
  }
  const after = query.cursor === undefined ? 0 : decodeKeysetCursor<number>(query.cursor, key, 'number');
  const rows = cachedStatement(
    db,
    `SELECT ${LIFECYCLE_EVENT_COLUMNS} FROM ${t.events}
     WHERE ledger_id = ? AND resource_type = ? AND resource_id = ? AND version > ? ORDER BY version LIMIT ?`,
  ).all(key.ledgerId, key.resourceType, key.resourceId, after, query.limit + 1) as LifecycleEventRow[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  return {
    entries: page.map((row) => ({
      version: row.version,
      sequence: row.sequence,
      eventId: row.event_id,
      eventType: row.event_type,
      result: row.result,
      createdAt: row.created_at,
      changedPaths: JSON.parse(row.changed_paths) as string[],
    })),
    hasMore,
    nextCursor: hasMore ? encodeKeysetCursor(page[page.length - 1]!.version, key) : null,
  };
}
