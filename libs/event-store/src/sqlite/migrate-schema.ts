import type Database from 'better-sqlite3';

/**
 * Applies `migrations` in order, counting them in PRAGMA user_version, in one IMMEDIATE
 * transaction: two processes opening a fresh file at once never both run migration 1.
 * @throws Error naming `what` when the file was migrated by newer code than this.
 */
export function migrateSchema(db: Database.Database, migrations: readonly string[], what: string): void {
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`${what} schema version ${version} is newer than this code knows (${migrations.length})`);
    }
    for (let v = version; v < migrations.length; v++) db.exec(migrations[v]!);
    if (version < migrations.length) db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
