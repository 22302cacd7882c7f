import type { Database, Statement } from 'better-sqlite3';
import type { RecordedEvent } from '#event-store';
import {
  changedPaths,
  evolveLifecycle,
  initialLifecycleState,
  lifecycleOf,
  scopeIdsOf,
  type LifecycleResourceType,
  type LifecycleState,
} from '#ledger-domain';
import { auditRecordOf } from '../audit-event-index/audit-event-record.js';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { cachedStatement } from '../projector/cached-statement.js';
import { generationProjectionName } from '../projector/generation-names.js';
import { foldLifecycleAt, SNAPSHOT_INTERVAL, type ResourceKey } from './lifecycle-fold.js';
import { lifecycleHistory, type LifecycleHistoryPage, type LifecycleHistoryQuery } from './lifecycle-history.sql.js';
import { listLifecycleResources, type LifecycleListFilter, type LifecyclePage } from './list-lifecycle-resources.sql.js';
import { createLifecycleTables, dropLifecycleTables, lifecycleTables, type LifecycleTables } from './resource-lifecycles.schema.js';

export const RESOURCE_LIFECYCLES = 'resource-lifecycles';

export interface ResourceLifecyclesOptions {
  /** 0 (default) for the live tables; a rebuild fills generation n beside them. */
  generation?: number;
  /** Versions between snapshots (tests use small ones). Default SNAPSHOT_INTERVAL. */
  snapshotInterval?: number;
}

/**
 * Read model `ResourceLifecycles`: every rule and limit as its own events make it — each event
 * with the paths it changed (history), the folded state every `snapshotInterval` versions, and
 * the current state with the columns the lists filter on. A state at any earlier point is a fold
 * of the events up to it ({@link stateAt}); snapshots only shorten that fold.
 */
export class ResourceLifecycles implements Projection {
  readonly name: string;
  /**
   * 2: RULE_DRAFTED and LIMIT_DRAFTED became lifecycle events. A file folded by version 1 may have
   * skipped such events (then custom); the new version makes the projector refold it from the log.
   */
  readonly version = 2;
  readonly tables: LifecycleTables;
  private readonly snapshotInterval: number;
  private prepared: LifecycleStatements | undefined;

  constructor(
    private readonly readStore: ReadStore,
    options: ResourceLifecyclesOptions = {},
  ) {
    const generation = options.generation ?? 0;
    this.tables = lifecycleTables(generation);
    this.name = generationProjectionName(RESOURCE_LIFECYCLES, generation);
    this.snapshotInterval = options.snapshotInterval ?? SNAPSHOT_INTERVAL;
  }

  setup(db: Database): void {
    this.prepared = undefined;
    createLifecycleTables(db, this.tables);
  }

  drop(db: Database): void {
    this.prepared = undefined;
    dropLifecycleTables(db, this.tables);
  }

  /** Folds a rule or limit event into its resource; other events, and events already folded, change nothing. */
  apply(db: Database, event: RecordedEvent): void {
    this.applyBatch(db, [event]);
  }

  /**
   * Folds the batch's rule and limit events: each resource's state is read once and written once
   * per batch (its current row, and its scopes only when they changed), every event gets its row.
   */
  applyBatch(db: Database, events: readonly RecordedEvent[]): void {
    const sql = this.statements(db);
    const touched = new Map<string, Touched>();
    for (const event of events) {
      const record = auditRecordOf(event);
      const lifecycle = record && lifecycleOf(record.eventType);
      if (!record || !lifecycle || record.resourceType !== lifecycle.resourceType) continue;
      const key = [record.ledgerId, lifecycle.resourceType, record.resourceId] as const;
      const id = key.join('\u0000');
      let resource = touched.get(id);
      if (!resource) {
        const row = sql.selectResource.get(...key) as { state: string; first_sequence: number } | undefined;
        const state: LifecycleState = row ? JSON.parse(row.state) : initialLifecycleState(lifecycle.resourceType, record.resourceId);
        resource = { key, state, firstSequence: row?.first_sequence, scopeIds: scopeKey(state), written: false };
        touched.set(id, resource);
      }
      const before = resource.state;
      if ((before.lastSequence ?? 0) >= record.sequence) continue;
      const after = evolveLifecycle(before, record);
      const afterImage = (record.context as { after?: unknown }).after;
      sql.insertEvent.run(...key, after.version, record.sequence, record.eventId, record.eventType, record.result, record.createdAt,
        afterImage === undefined ? null : JSON.stringify(afterImage), JSON.stringify(changedPaths(before, after)));
      if (after.version % this.snapshotInterval === 0) sql.insertSnapshot.run(...key, after.version, record.sequence, JSON.stringify(after));
      resource.state = after;
      resource.firstSequence ??= record.sequence;
      resource.written = true;
    }
    for (const resource of touched.values()) if (resource.written) this.writeResource(sql, resource);
  }

  private writeResource(sql: LifecycleStatements, resource: Touched): void {
    const { key, state } = resource;
    const attributes = state.attributes ?? {};
    const kind = key[1] === 'rule' ? attributes['action'] : attributes['limitType'];
    sql.upsertResource.run(...key, state.status ?? null, textOrNull(attributes['name']), textOrNull(kind), state.version,
      resource.firstSequence!, state.lastSequence!, JSON.stringify(state));
    const scopeIds = scopeKey(state);
    if (scopeIds === resource.scopeIds) return;
    sql.deleteScopes.run(...key);
    for (const scopeId of scopeIdsOf(state.attributes?.['scopes'])) sql.insertScope.run(key[0], key[1], scopeId, key[2]);
  }

  private statements(db: Database): LifecycleStatements {
    if (this.prepared?.db !== db) {
      const t = this.tables;
      this.prepared = {
        db,
        selectResource: db.prepare(`SELECT state, first_sequence FROM ${t.resources} WHERE ledger_id = ? AND resource_type = ? AND resource_id = ?`),
        insertEvent: db.prepare(`INSERT INTO ${t.events} (ledger_id, resource_type, resource_id, version, sequence, event_id, event_type, result, created_at, after, changed_paths)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
        insertSnapshot: db.prepare(`INSERT OR REPLACE INTO ${t.snapshots} (ledger_id, resource_type, resource_id, version, sequence, state) VALUES (?, ?, ?, ?, ?, ?)`),
        upsertResource: db.prepare(`INSERT OR REPLACE INTO ${t.resources} (ledger_id, resource_type, resource_id, status, name, kind, version, first_sequence, last_sequence, state)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
        deleteScopes: db.prepare(`DELETE FROM ${t.scopes} WHERE ledger_id = ? AND resource_type = ? AND resource_id = ?`),
        insertScope: db.prepare(`INSERT OR IGNORE INTO ${t.scopes} (ledger_id, resource_type, scope_id, resource_id) VALUES (?, ?, ?, ?)`),
      };
    }
    return this.prepared;
  }

  /** The current state (as the read model has applied the log); undefined when the ledger holds no event of it. */
  current(key: ResourceKey): LifecycleState | undefined {
    const state = cachedStatement(this.readStore.db, `SELECT state FROM ${this.tables.resources} WHERE ledger_id = ? AND resource_type = ? AND resource_id = ?`)
      .pluck().get(key.ledgerId, key.resourceType, key.resourceId) as string | undefined;
    return state === undefined ? undefined : (JSON.parse(state) as LifecycleState);
  }

  /** The state right after ledger sequence `sequence` (a fold, shortened by snapshots); undefined when none of its events came by then. */
  stateAt(key: ResourceKey, sequence: number): LifecycleState | undefined {
    return foldLifecycleAt(this.readStore.db, this.tables, key, sequence);
  }

  /** {@link stateAt} without snapshots: every event folded from the first (to prove the snapshots right). */
  fullFoldAt(key: ResourceKey, sequence: number): LifecycleState | undefined {
    return foldLifecycleAt(this.readStore.db, this.tables, key, sequence, false);
  }

  /** One page of a ledger's rules or limits, now or as of a sequence; see {@link LifecycleListFilter}. */
  list(ledgerId: string, resourceType: LifecycleResourceType, filter: LifecycleListFilter): LifecyclePage {
    return listLifecycleResources(this.readStore.db, this.tables, ledgerId, resourceType, filter);
  }

  /** Every rule or limit of the ledger as it stood right after `sequence` (never-created ones left out), by id. */
  allAt(ledgerId: string, resourceType: LifecycleResourceType, sequence: number): LifecycleState[] {
    const ids = cachedStatement(
      this.readStore.db,
      `SELECT resource_id FROM ${this.tables.resources} WHERE ledger_id = ? AND resource_type = ? AND first_sequence <= ? ORDER BY resource_id`,
    ).pluck().all(ledgerId, resourceType, sequence) as string[];
    const states: LifecycleState[] = [];
    for (const resourceId of ids) {
      const state = this.stateAt({ ledgerId, resourceType, resourceId }, sequence);
      if (state?.status !== undefined) states.push(state);
    }
    return states;
  }

  /** One page of a resource's events in order, each with the paths it changed. */
  history(key: ResourceKey, query: LifecycleHistoryQuery): LifecycleHistoryPage {
    return lifecycleHistory(this.readStore.db, this.tables, key, query);
  }


}

/** A resource met in a batch: its state as the batch goes, and what its stored row said. */
interface Touched {
  key: readonly [string, LifecycleResourceType, string];
  state: LifecycleState;
  firstSequence: number | undefined;
  /** The scope ids stored for it before the batch, as one string. */
  scopeIds: string;
  written: boolean;
}

interface LifecycleStatements {
  db: Database;
  selectResource: Statement<unknown[]>;
  insertEvent: Statement<unknown[]>;
  insertSnapshot: Statement<unknown[]>;
  upsertResource: Statement<unknown[]>;
  deleteScopes: Statement<unknown[]>;
  insertScope: Statement<unknown[]>;
}

function scopeKey(state: LifecycleState): string {
  return scopeIdsOf(state.attributes?.['scopes']).join('\u0000');
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
