import type { Database } from 'better-sqlite3';
import type { RecordedEvent } from '#event-store';
import { auditRecordOf } from '../audit-event-index/audit-event-record.js';
import { cachedStatement } from '../projector/cached-statement.js';
import { generationProjectionName } from '../projector/generation-names.js';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { listValidations } from './list-validations.sql.js';
import { createValidationTables, dropValidationTables, validationTables, type ValidationTables } from './validation-index.schema.js';
import type { ValidationListFilter, ValidationPage } from './validation-list-filter.js';
import { validationOf } from './validation-of-record.js';

export interface ValidationIndexOptions {
  /** 0 (default) for the live tables; a rebuild fills generation n beside them. */
  generation?: number;
}

export const VALIDATION_INDEX = 'validation-index';

/**
 * Read model `ValidationIndex`: every TRANSACTION_VALIDATED event, by transaction id and by each
 * list filter (what validationOf reads from its request and response). It answers with ledger
 * sequences only: the records themselves are served from the AuditEventIndex, never copied.
 */
export class ValidationIndex implements Projection {
  /** `validation-index`, or `validation-index@g<n>` for generation n (its own checkpoint). */
  readonly name: string;
  readonly version = 1;
  readonly tables: ValidationTables;

  constructor(
    private readonly readStore: ReadStore,
    options: ValidationIndexOptions = {},
  ) {
    const generation = options.generation ?? 0;
    this.tables = validationTables(generation);
    this.name = generationProjectionName(VALIDATION_INDEX, generation);
  }

  setup(db: Database): void {
    createValidationTables(db, this.tables);
  }

  drop(db: Database): void {
    dropValidationTables(db, this.tables);
  }

  /** Indexes the event if it is a transaction validation; one already indexed is left as it is. */
  apply(db: Database, event: RecordedEvent): void {
    const record = auditRecordOf(event);
    const validation = record && validationOf(record);
    if (!record || !validation) return;
    const t = this.tables;
    cachedStatement(
      db,
      `INSERT OR IGNORE INTO ${t.validations} (ledger_id, sequence, transaction_id, event_id, result,
         account_id, segment_id, portfolio_id, transaction_type, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      record.ledgerId,
      record.sequence,
      validation.transactionId,
      record.eventId,
      validation.decision,
      validation.accountId ?? null,
      validation.segmentId ?? null,
      validation.portfolioId ?? null,
      validation.transactionType ?? null,
      record.createdAt,
    );
    const insertRule = cachedStatement(db, `INSERT OR IGNORE INTO ${t.matchedRules} (ledger_id, rule_id, sequence) VALUES (?, ?, ?)`);
    for (const ruleId of validation.matchedRuleIds) insertRule.run(record.ledgerId, ruleId, record.sequence);
  }

  /**
   * One page of the ledger's validations; see {@link ValidationListFilter}.
   * @throws InvalidCursorError for a garbled cursor or one issued for other filters or order.
   * @throws RangeError for a limit outside 1..1000 or a date that does not parse.
   */
  list(ledgerId: string, filter: ValidationListFilter): ValidationPage {
    return listValidations(this.readStore.db, this.tables, ledgerId, filter);
  }

  /** The sequences of every validation of the transaction in the ledger, oldest first (empty when it has none). */
  sequencesOf(ledgerId: string, transactionId: string): number[] {
    const sql = `SELECT sequence FROM ${this.tables.validations} WHERE ledger_id = ? AND transaction_id = ? ORDER BY sequence`;
    return cachedStatement(this.readStore.db, sql).pluck().all(ledgerId, transactionId) as number[];
  }
}
