import type Database from 'better-sqlite3';

/**
 * `PRAGMA journal_mode = WAL`, retried while another connection holds the file: two processes
 * opening a fresh file at once race for the switch, and SQLite answers SQLITE_BUSY to the loser
 * without calling its busy handler. Waits (synchronously, like the driver) up to `timeoutMs`.
 * @throws the driver's error when the file stays locked, or for any other failure.
 */
export function switchToWal(db: Database.Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}
