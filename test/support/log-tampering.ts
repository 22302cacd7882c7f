import Database from 'better-sqlite3';
import { join } from 'node:path';
import { sealRecordText } from '#integrity';

/** Opens the SQLite log of a data directory behind the service's back, as someone with write access to the file could. */
export function editLog(dataDir: string, edit: (db: Database.Database) => void): void {
  const db = new Database(join(dataDir, 'events.db'));
  try {
    edit(db);
  } finally {
    db.close();
  }
}

/**
 * Changes record `from` of `streamName` (its `result` becomes DENY) and recomputes every hash and
 * link after it, metadata copies included, as a careful forger would.
 */
export function rewriteFrom(db: Database.Database, from: number, streamName = 'ledger-tl'): void {
  const rows = db.prepare(`SELECT revision, data, metadata FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision`).all(streamName, from - 2) as { revision: number; data: string; metadata: string }[];
  let previousHash = (JSON.parse(rows[0]!.data) as { hash: string }).hash;
  const update = db.prepare(`UPDATE events SET data = ?, metadata = ? WHERE stream_name = ? AND revision = ?`);
  for (const row of rows.slice(1)) {
    const { hash: _old, ...record } = JSON.parse(row.data) as Record<string, unknown>;
    if (row.revision === from - 1) record['result'] = 'DENY';
    record['previousHash'] = previousHash;
    const sealed = sealRecordText(record);
    update.run(sealed.text, JSON.stringify({ ...JSON.parse(row.metadata), hash: sealed.hash, previousHash }), streamName, row.revision);
    previousHash = sealed.hash;
  }
}
