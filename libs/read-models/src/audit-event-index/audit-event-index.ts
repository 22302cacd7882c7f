import type { Database, Statement } from 'better-sqlite3';
import { inWireOrder, type AuditRecord } from '#ledger-domain';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { generationProjectionName, generationTable } from '../projector/generation-names.js';
import { auditRecordOf } from './audit-event-record.js';
import { AUDIT_EVENTS_TABLE, createAuditEventTables, dropAuditEventIndexes, dropAuditEventTables } from './audit-event-index.schema.js';
import type { AuditEventListFilter, AuditEventPage } from './audit-event-list-filter.js';
import { listAuditEvents } from './list-audit-events.sql.js';
import { cachedStatement } from '../projector/cached-statement.js';
import { toCreatedAtInstant } from './rfc3339-instant.js';
import type { ValidationTables } from '../validation-index/validation-index.schema.js';

export interface AuditEventIndexOptions {
  /** 0 (default) for the table `audit_events`; a rebuild fills generation n (`audit_events_g<n>`) beside it. */
  generation?: number;
}

export const AUDIT_EVENT_INDEX = 'audit-event-index';

/** Read model `AuditEventIndex`: every audit event, by id and by each list filter. */
export class AuditEventIndex implements Projection {
  /** `audit-event-index`, or `audit-event-index@g<n>` for generation n (its own checkpoint). */
  readonly name: string;
  readonly version = 3;
  readonly table: string;
  private insert: Statement<unknown[]> | undefined;
  private byId: Statement<unknown[]> | undefined;

  constructor(
    private readonly readStore: ReadStore,
    options: AuditEventIndexOptions = {},
  ) {
    const generation = options.generation ?? 0;
    this.table = generationTable(AUDIT_EVENTS_TABLE, generation);
    this.name = generationProjectionName(AUDIT_EVENT_INDEX, generation);
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

  /** A rebuild into the empty table: rows first, indexes after ({@link endBulkLoad}) — one sort per index instead of a B-tree insert per row. */
  beginBulkLoad(db: Database): void {
    dropAuditEventIndexes(db, this.table);
  }

  endBulkLoad(db: Database): void {
    createAuditEventTables(db, this.table);
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

  /** The records' JSON texts at these sequences of the ledger, in the same order (undefined where there is none). */
  getJsonBySequences(ledgerId: string, sequences: readonly number[]): (string | undefined)[] {
    const statement = cachedStatement(this.readStore.db, `SELECT record FROM ${this.table} WHERE ledger_id = ? AND sequence = ?`).pluck();
    return sequences.map((sequence) => statement.get(ledgerId, sequence) as string | undefined);
  }

  /**
   * The last sequence of the ledger created at or before `dateTime` (RFC 3339), 0 when none was.
   * @throws RangeError for a date that does not parse.
   */
  sequenceAt(ledgerId: string, dateTime: string): number {
    const sql = `SELECT sequence FROM ${this.table} WHERE ledger_id = ? AND created_at <= ? ORDER BY created_at DESC, sequence DESC LIMIT 1`;
    const found = cachedStatement(this.readStore.db, sql).pluck().get(ledgerId, toCreatedAtInstant(dateTime)) as number | undefined;
    return found ?? 0;
  }

  /**
   * One page of the ledger's events; see {@link AuditEventListFilter}. `validations` are the
   * ValidationIndex's live tables (same file), which answer the transaction validation filters.
   * @throws InvalidCursorError for a garbled cursor or one issued for other filters, order or sort.
   * @throws RangeError for a limit outside 1..1000 or a date that does not parse.
   * @throws Error for a validation filter without `validations`.
   */
  list(ledgerId: string, filter: AuditEventListFilter, validations?: ValidationTables): AuditEventPage {
    return listAuditEvents(this.readStore.db, this.table, ledgerId, filter, validations);
  }
}
