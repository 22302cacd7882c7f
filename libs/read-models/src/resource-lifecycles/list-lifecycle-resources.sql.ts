import type { Database } from 'better-sqlite3';
import { scopeIdsOf, type LifecycleResourceType, type LifecycleState, type LifecycleStatus } from '#ledger-domain';
import { cachedStatement } from '../projector/cached-statement.js';
import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor.js';
import { foldLifecycleAt } from './lifecycle-fold.js';
import type { LifecycleTables } from './resource-lifecycles.schema.js';

/** Filters of GET /v1/rules and /v1/limits (all optional, combinable). */
export interface LifecycleListFilter {
  status?: LifecycleStatus;
  /** Name starts with this (case-sensitive). */
  namePrefix?: string;
  /** A rule's action, a limit's limitType. */
  kind?: string;
  /** One of the ids in the resource's scopes. */
  scopeId?: string;
  /** The state as it stood right after this ledger sequence, instead of now. */
  asOfSequence?: number;
  /** 1..1000. */
  limit: number;
  cursor?: string;
}

export interface LifecyclePage {
  /** In resource id order. */
  items: LifecycleState[];
  hasMore: boolean;
  nextCursor: string | null;
}

/** Above every character: `name < prefix + TOP` bounds a prefix range in SQLite's binary order. */
const TOP = '\u{10FFFF}';

/**
 * One page of a ledger's rules or limits in resource id order. Now: answered from the current
 * state's indexed columns. As of a sequence: every resource that had an event by then is folded
 * to that point (lifecycle-fold) and filtered on its folded state, so the answer is what the
 * events said then, not a copy that could drift. Resources never created (failed attempts only)
 * are not listed.
 * @throws InvalidCursorError for a cursor of another listing; RangeError for a limit outside 1..1000.
 */
export function listLifecycleResources(
  db: Database,
  t: LifecycleTables,
  ledgerId: string,
  resourceType: LifecycleResourceType,
  filter: LifecycleListFilter,
): LifecyclePage {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) {
    throw new RangeError(`limit must be an integer in 1..1000, got ${filter.limit}`);
  }
  const { limit: _limit, cursor, ...filters } = filter;
  const after = cursor === undefined ? undefined : decodeKeysetCursor<string>(cursor, { resourceType, ...filters }, 'string');
  const items =
    filter.asOfSequence === undefined
      ? currentPage(db, t, ledgerId, resourceType, filter, after)
      : foldedPage(db, t, ledgerId, resourceType, filter, filter.asOfSequence, after);
  const hasMore = items.length > filter.limit;
  const page = hasMore ? items.slice(0, filter.limit) : items;
  const last = page[page.length - 1];
  return {
    items: page,
    hasMore,
    nextCursor: hasMore && last ? encodeKeysetCursor(last.resourceId, { resourceType, ...filters }) : null,
  };
}

function currentPage(
  db: Database,
  t: LifecycleTables,
  ledgerId: string,
  resourceType: LifecycleResourceType,
  filter: LifecycleListFilter,
  after: string | undefined,
): LifecycleState[] {
  const where = ['ledger_id = ?', 'resource_type = ?', 'status IS NOT NULL'];
  const params: unknown[] = [ledgerId, resourceType];
  const add = (clause: string, ...values: unknown[]) => (where.push(clause), params.push(...values));
  if (filter.status !== undefined) add('status = ?', filter.status);
  if (filter.namePrefix !== undefined) add('name >= ? AND name < ?', filter.namePrefix, filter.namePrefix + TOP);
  if (filter.kind !== undefined) add('kind = ?', filter.kind);
  if (filter.scopeId !== undefined) {
    add(`resource_id IN (SELECT resource_id FROM ${t.scopes} WHERE ledger_id = ? AND resource_type = ? AND scope_id = ?)`, ledgerId, resourceType, filter.scopeId);
  }
  if (after !== undefined) add('resource_id > ?', after);
  const sql = `SELECT state FROM ${t.resources} WHERE ${where.join(' AND ')} ORDER BY resource_id LIMIT ?`;
  const rows = cachedStatement(db, sql).pluck().all(...params, filter.limit + 1) as string[];
  return rows.map((state) => JSON.parse(state) as LifecycleState);
}

function foldedPage(
  db: Database,
  t: LifecycleTables,
  ledgerId: string,
  resourceType: LifecycleResourceType,
  filter: LifecycleListFilter,
  sequence: number,
  after: string | undefined,
): LifecycleState[] {
  const ids = cachedStatement(
    db,
    `SELECT resource_id FROM ${t.resources} WHERE ledger_id = ? AND resource_type = ? AND first_sequence <= ? AND resource_id > ? ORDER BY resource_id`,
  ).pluck().all(ledgerId, resourceType, sequence, after ?? '') as string[];
  const items: LifecycleState[] = [];
  for (const resourceId of ids) {
    const state = foldLifecycleAt(db, t, { ledgerId, resourceType, resourceId }, sequence);
    if (state && matches(state, filter)) items.push(state);
    if (items.length > filter.limit) break;
  }
  return items;
}

function matches(state: LifecycleState, filter: LifecycleListFilter): boolean {
  if (state.status === undefined) return false;
  if (filter.status !== undefined && state.status !== filter.status) return false;
  const attributes = state.attributes ?? {};
  const name = attributes['name'];
  if (filter.namePrefix !== undefined && !(typeof name === 'string' && name.startsWith(filter.namePrefix))) return false;
  const kind = state.resourceType === 'rule' ? attributes['action'] : attributes['limitType'];
  if (filter.kind !== undefined && kind !== filter.kind) return false;
  if (filter.scopeId !== undefined && !scopeIdsOf(attributes['scopes']).includes(filter.scopeId)) return false;
  return true;
}
