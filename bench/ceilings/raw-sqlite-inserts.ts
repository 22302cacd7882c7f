import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Storage ceiling: the same rows inserted with better-sqlite3 directly, 1000 per transaction,
 * WAL + synchronous=FULL, into a table shaped like the log's. Events/s.
 */
export function rawSqliteInsertRate(records: readonly Record<string, unknown>[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sqlite-'));
  const db = new Database(join(dir, 'events.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_name TEXT NOT NULL, revision INTEGER NOT NULL,
      event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, idempotency_key TEXT,
      UNIQUE (stream_name, revision))`);
    const insert = db.prepare('INSERT INTO events (stream_name, revision, event_id, type, data, metadata, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const rows = records.map((r, i) => ['ledger-bench', i, r['eventId'], r['eventType'], JSON.stringify(r), JSON.stringify({ sequence: r['sequence'], hash: r['hash'] }), null]);
    const started = process.hrtime.bigint();
    for (let i = 0; i < rows.length; i += 1000) {
      db.transaction(() => {
        for (const row of rows.slice(i, i + 1000)) insert.run(...row);
      })();
    }
    return rows.length / (Number(process.hrtime.bigint() - started) / 1e9);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
