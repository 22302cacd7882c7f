import type { Database, Statement } from 'better-sqlite3';
import type { RecordedEvent } from '#event-store';
import type { Projection } from '../projector/projection.js';
import type { ReadStore } from '../projector/read-store.js';
import { auditRecordOf } from '../audit-event-index/audit-event-record.js';

export interface LedgerHead {
  ledgerId: string;
  length: number;
  headSequence: number;
  headHash: string;
}

const GENESIS = '0'.repeat(64);

/** Read model `LedgerHeads`: each ledger's length and the hash at its head. */
export class LedgerHeads implements Projection {
  readonly name = 'ledger-heads';
  readonly version = 1;
  private upsert: Statement<unknown[]> | undefined;
  private select: Statement<unknown[]> | undefined;

  constructor(private readonly readStore: ReadStore) {}

  setup(db: Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS ledger_heads (
      ledger_id TEXT PRIMARY KEY, length INTEGER NOT NULL, head_sequence INTEGER NOT NULL, head_hash TEXT NOT NULL)`);
    this.upsert = undefined;
  }

  drop(db: Database): void {
    db.exec('DROP TABLE IF EXISTS ledger_heads');
  }

  apply(db: Database, event: RecordedEvent): void {
    const record = auditRecordOf(event);
    if (!record) return;
    // Only ever moves forwards, so a redelivered older event changes nothing.
    this.upsert ??= db.prepare(
      `INSERT INTO ledger_heads (ledger_id, length, head_sequence, head_hash) VALUES (?, ?, ?, ?)
       ON CONFLICT (ledger_id) DO UPDATE SET length = excluded.length, head_sequence = excluded.head_sequence,
         head_hash = excluded.head_hash WHERE excluded.head_sequence > ledger_heads.head_sequence`,
    );
    this.upsert.run(record.ledgerId, record.sequence, record.sequence, record.hash);
  }

  /** The ledger's head; an unknown ledger is empty (length 0, genesis hash). */
  get(ledgerId: string): LedgerHead {
    this.select ??= this.readStore.db.prepare('SELECT length, head_sequence, head_hash FROM ledger_heads WHERE ledger_id = ?');
    const row = this.select.get(ledgerId) as { length: number; head_sequence: number; head_hash: string } | undefined;
    return row
      ? { ledgerId, length: row.length, headSequence: row.head_sequence, headHash: row.head_hash }
      : { ledgerId, length: 0, headSequence: 0, headHash: GENESIS };
  }
}
