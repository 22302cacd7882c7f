import type { LifecycleEvent, LifecycleResourceType } from '#ledger-domain';

/** A row of the lifecycle events table, as the fold and the history read it. */
export interface LifecycleEventRow {
  version: number;
  sequence: number;
  event_id: string;
  event_type: string;
  result: string;
  created_at: string;
  /** JSON of the record's context.after, when it had one. */
  after: string | null;
  /** JSON array of the resource-relative paths the event changed. */
  changed_paths: string;
}

export const LIFECYCLE_EVENT_COLUMNS = 'version, sequence, event_id, event_type, result, created_at, after, changed_paths';

/** The event evolveLifecycle folds, rebuilt from its row: context holds only `after`, all evolve reads. */
export function lifecycleEventOf(row: LifecycleEventRow, resourceType: LifecycleResourceType, resourceId: string): LifecycleEvent {
  return {
    eventId: row.event_id,
    sequence: row.sequence,
    eventType: row.event_type,
    resourceType,
    resourceId,
    result: row.result,
    context: row.after === null ? {} : { after: JSON.parse(row.after) },
    createdAt: row.created_at,
  };
}
