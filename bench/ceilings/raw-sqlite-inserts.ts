import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toLedgerStreamName } from '#ledger-domain';
import type { StoredRow } from '../support/sealed-records.js';

/** Same columns, keys and indexes as the store's `events` table (libs/event-store/src/sqlite/sqlite-schema.ts). */
const EVENTS_TABLE = `CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT, stream_name TEXT NOT NULL, revision INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL,
    idempotency_key TEXT, UNIQUE (stream_name, revision));
  CREATE UNIQUE INDEX events_idempotency_key ON events (stream_name, idempotency_key) WHERE idempotency_key IS NOT NULL;`;

const ROWS_PER_TRANSACTION = 1000;

/**
 * Storage ceiling: `rows` inserted with better-sqlite3 alone — no HTTP, validation or hashing —
 * 1000 per transaction, WAL, synchronous=FULL (an fsync per commit, as the store), into a fresh
 * file in a temp directory that is removed afterwards. Events/s.
 */
export function rawSqliteInsertRate(rows: readonly StoredRow[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sqlite-'));
  const db = new Database(join(dir, 'events.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('cache_size = -65536');
    db.exec(EVENTS_TABLE);
    const insert = db.prepare(
      'INSERT INTO events (stream_name, revision, event_id, type, data, metadata, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, NULL)',
    );
    const stream = toLedgerStreamName('bench');
    const insertMany = db.transaction((from: number) => {
      const end = Math.min(rows.length, from + ROWS_PER_TRANSACTION);
      for (let i = from; i < end; i++) insert.run(stream, i, rows[i]!.eventId, rows[i]!.type, rows[i]!.data, rows[i]!.metadata);
    });
    const started = performance.now();
    for (let from = 0; from < rows.length; from += ROWS_PER_TRANSACTION) insertMany(from);
    return rows.length / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
