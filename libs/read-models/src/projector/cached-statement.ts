import type { Database, Statement } from 'better-sqlite3';

const statements = new WeakMap<Database, Map<string, Statement<unknown[]>>>();

/**
 * The statement for `sql` on `db`, prepared once per connection. A statement put in pluck or raw
 * mode stays so: use one SQL text per mode.
 */
export function cachedStatement(db: Database, sql: string): Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
