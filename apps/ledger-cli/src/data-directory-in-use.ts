import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { StorageLocation } from '#ledger-storage';

/**
 * The data directory's SQLite files some other process has open (the service, its projection
 * worker, another CLI), found by taking each file's exclusive lock for a moment: SQLite refuses
 * it while any other connection holds the file open in WAL mode, even an idle one. Missing files
 * are not in use. The answer holds for the moment it was taken: an operator must keep the service
 * stopped until the command is done (it says so).
 */
export function filesInUse(location: StorageLocation): string[] {
  const files = [location.readModelsFile, location.checkpointsFile, ...(location.options.store === 'sqlite' ? [location.eventsFile] : [])];
  return files.filter((file) => existsSync(file) && !canLockExclusively(file));
}

function canLockExclusively(file: string): boolean {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { timeout: 200 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return true;
  } catch {
    return false;
  } finally {
    db?.close();
  }
}
