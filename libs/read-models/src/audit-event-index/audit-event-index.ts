import type { Database, Statement } from 'better-sqlite3';
import { inWireOrder, type AuditRecord } from '#ledger-domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { sqlTableName } from '../projector/sql-table-name.js';
import { auditRecordOf } from './audit-event-record.js';
import { AUDIT_EVENTS_TABLE, createAuditEventTables, dropAuditEventTables } from './audit-event-index.schema.js';
import type { AuditEventListFilter, AuditEventPage } from './audit-event-list-filter.js';
import { listAuditEvents } from './list-audit-events.sql.js';

export interface AuditEventIndexOptions {
  /** Table to keep the index in. Default `audit_events`; a rebuild can fill another beside it. */
  table?: string;
}

/** Read model `AuditEventIndex`: every audit event, by id and by each list filter. */
export class AuditEventIndex implements Projection {
  /** `audit-event-index`, or `audit-event-index:<table>` for another table (its own checkpoint). */
  readonly name: string;
  readonly version = 3;
  readonly table: string;
  private insert: Statement<unknown[]> | undefined;
  private byId: Statement<unknown[]> | undefined;

  constructor(
    private readonly readStore: ReadStore,
    options: AuditEventIndexOptions = {},
  ) {
    this.table = sqlTableName(options.table ?? AUDIT_EVENTS_TABLE);
    this.name = this.table === AUDIT_EVENTS_TABLE ? 'audit-event-index' : `audit-event-index:${this.table}`;
  }

  setup(db: Database): void {
    createAuditEventTables(db, this.table);
    this.insert = undefined;
    this.byId = undefined;
  }

  drop(db: Database): void {
    dropAuditEventTables(db, this.table);
    this.insert = undefined;
    this.byId = undefined;
  }

  /** Indexes the event if it is an audit record; a record already indexed is left as it is. */
  apply(db: Database, event: RecordedEvent): void {
    const record = auditRecordOf(event);
    if (!record) return;
    this.insert ??= db.prepare(
      `INSERT OR IGNORE INTO ${this.table} (ledger_id, sequence, event_id, event_type, category, source,
         resource_type, resource_id, action, result, actor_type, actor_id, created_at, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insert.run(
      record.ledgerId,
      record.sequence,
      record.eventId,
      record.eventType,
      record.category ?? null,
      record.source ?? null,
      record.resourceType,
      record.resourceId,
      record.action,
      record.result,
      record.actor.actorType,
      record.actor.id,
      record.createdAt,
      JSON.stringify(inWireOrder(record)),
    );
  }

  /** The event with this id in this ledger; undefined when unknown or in another ledger. */
  getById(ledgerId: string, eventId: string): AuditRecord | undefined {
    const json = this.getJsonById(ledgerId, eventId);
    return json === undefined ? undefined : (JSON.parse(json) as AuditRecord);
  }

  /** The record's JSON text as served (documented member order), without parsing it. */
  getJsonById(ledgerId: string, eventId: string): string | undefined {
    this.byId ??= this.readStore.db.prepare(`SELECT ledger_id, record FROM ${this.table} WHERE event_id = ?`);
    const row = this.byId.get(eventId) as { ledger_id: string; record: string } | undefined;
    return row && row.ledger_id === ledgerId ? row.record : undefined;
  }

  /**
   * One page of the ledger's events; see {@link AuditEventListFilter}.
   * @throws InvalidCursorError for a garbled cursor or one issued for other filters or order.
   * @throws RangeError for a limit outside 1..1000 or a date that does not parse.
   */
  list(ledgerId: string, filter: AuditEventListFilter): AuditEventPage {
    return listAuditEvents(this.readStore.db, this.table, ledgerId, filter);
  }
}
