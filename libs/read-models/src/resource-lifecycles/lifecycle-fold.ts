import type { Database } from 'better-sqlite3';
import { evolveLifecycle, initialLifecycleState, type LifecycleResourceType, type LifecycleState } from '#ledger-domain';
import { cachedStatement } from '../projector/cached-statement.js';
import { LIFECYCLE_EVENT_COLUMNS, lifecycleEventOf, type LifecycleEventRow } from './lifecycle-event-row.js';
import type { LifecycleTables } from './resource-lifecycles.schema.js';

/** Versions between two snapshots of a resource: a fold never replays more events than this. */
export const SNAPSHOT_INTERVAL = 1000;

export interface ResourceKey {
  ledgerId: string;
  resourceType: LifecycleResourceType;
  resourceId: string;
}

/**
 * The state of a resource as it stood right after ledger sequence `sequence`, folded from its
 * events with evolveLifecycle, starting from the latest snapshot at or before that point (when
 * `useSnapshots`). Undefined when the ledger held no event of the resource by then.
 */
export function foldLifecycleAt(
  db: Database,
  t: LifecycleTables,
  key: ResourceKey,
  sequence: number,
  useSnapshots = true,
): LifecycleState | undefined {
  const params = [key.ledgerId, key.resourceType, key.resourceId] as const;
  let state = initialLifecycleState(key.resourceType, key.resourceId);
  if (useSnapshots) {
    const snapshot = cachedStatement(
      db,
      `SELECT state FROM ${t.snapshots} WHERE ledger_id = ? AND resource_type = ? AND resource_id = ? AND sequence <= ?
       ORDER BY version DESC LIMIT 1`,
    ).pluck().get(...params, sequence) as string | undefined;
    if (snapshot !== undefined) state = JSON.parse(snapshot) as LifecycleState;
  }
  const rows = cachedStatement(
    db,
    `SELECT ${LIFECYCLE_EVENT_COLUMNS} FROM ${t.events}
     WHERE ledger_id = ? AND resource_type = ? AND resource_id = ? AND version > ? ORDER BY version`,
  ).iterate(...params, state.version) as IterableIterator<LifecycleEventRow>;
  for (const row of rows) {
    // Sequence grows with version within a resource: the first later event ends the fold.
    if (row.sequence > sequence) break;
    state = evolveLifecycle(state, lifecycleEventOf(row, key.resourceType, key.resourceId));
  }
  return state.version === 0 ? undefined : state;
}
