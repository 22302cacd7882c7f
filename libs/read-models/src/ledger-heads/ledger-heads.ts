import type { Database, Statement } from 'better-sqlite3';
import type { RecordedEvent } from '#event-store';
import { fromLedgerStreamName } from '#ledger-domain';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { generationProjectionName, generationTable } from '../projector/generation-names.js';
import { auditRecordOf } from '../audit-event-index/audit-event-record.js';

/** Answer of GET /v1/ledger. */
export interface LedgerHead {
  ledgerId: string;
  length: number;
  headSequence: number;
  headHash: string;
}

export interface LedgerHeadsOptions {
  /** 0 (default) for the table `ledger_heads`; a rebuild fills generation n (`ledger_heads_g<n>`) beside it. */
  generation?: number;
}

export const LEDGER_HEADS = 'ledger-heads';

const LEDGER_HEADS_TABLE = 'ledger_heads';
/** previousHash of sequence 1, and so the head hash of an empty ledger. */
const GENESIS_HASH = '0'.repeat(64);

/** Read model `LedgerHeads`: each ledger's length and the hash at its head. */
export class LedgerHeads implements Projection {
  /** `ledger-heads`, or `ledger-heads@g<n>` for generation n (its own checkpoint). */
  readonly name: string;
  readonly version = 1;
  readonly table: string;
  private upsert: Statement<unknown[]> | undefined;
  private select: Statement<unknown[]> | undefined;

  constructor(
    private readonly readStore: ReadStore,
    options: LedgerHeadsOptions = {},
  ) {
    const generation = options.generation ?? 0;
    this.table = generationTable(LEDGER_HEADS_TABLE, generation);
    this.name = generationProjectionName(LEDGER_HEADS, generation);
  }

  setup(db: Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
      ledger_id TEXT PRIMARY KEY, length INTEGER NOT NULL, head_sequence INTEGER NOT NULL, head_hash TEXT NOT NULL)`);
    this.upsert = undefined;
    this.select = undefined;
  }

  drop(db: Database): void {
    db.exec(`DROP TABLE IF EXISTS ${this.table}`);
    this.upsert = undefined;
    this.select = undefined;
  }

  /** Moves the ledger's head to the event if it is an audit record past the head. */
  apply(db: Database, event: RecordedEvent): void {
    const record = auditRecordOf(event);
    if (!record) return;
    // Only ever moves forwards, so a redelivered older event changes nothing.
    this.upsert ??= db.prepare(
      `INSERT INTO ${this.table} (ledger_id, length, head_sequence, head_hash) VALUES (?, ?, ?, ?)
       ON CONFLICT (ledger_id) DO UPDATE SET length = excluded.length, head_sequence = excluded.head_sequence,
         head_hash = excluded.head_hash WHERE excluded.head_sequence > ${this.table}.head_sequence`,
    );
    this.upsert.run(record.ledgerId, record.sequence, record.sequence, record.hash);
  }

  /** Only the last record of each ledger in the batch moves its head. */
  applyBatch(db: Database, events: readonly RecordedEvent[]): void {
    const lastOfLedger = new Map<string, RecordedEvent>();
    for (const event of events) {
      const ledgerId = fromLedgerStreamName(event.streamName);
      if (ledgerId !== undefined && auditRecordOf(event)) lastOfLedger.set(ledgerId, event);
    }
    for (const event of lastOfLedger.values()) this.apply(db, event);
  }

  /** The ledger's head; an unknown or empty ledger has length 0, head 0 and the genesis hash (64 zeros). */
  get(ledgerId: string): LedgerHead {
    this.select ??= this.readStore.db.prepare(`SELECT length, head_sequence, head_hash FROM ${this.table} WHERE ledger_id = ?`);
    const row = this.select.get(ledgerId) as { length: number; head_sequence: number; head_hash: string } | undefined;
    return row
      ? { ledgerId, length: row.length, headSequence: row.head_sequence, headHash: row.head_hash }
      : { ledgerId, length: 0, headSequence: 0, headHash: GENESIS_HASH };
  }

  /** Every ledger's head, for each ledger with at least one record: the persisted high-water marks. */
  all(): LedgerHead[] {
    const rows = this.readStore.db.prepare(`SELECT ledger_id, length, head_sequence, head_hash FROM ${this.table}`).all() as {
      ledger_id: string;
      length: number;
      head_sequence: number;
      head_hash: string;
    }[];
    return rows.map((row) => ({ ledgerId: row.ledger_id, length: row.length, headSequence: row.head_sequence, headHash: row.head_hash }));
  }
}
